package org.broadsheet.web.errors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Renders the friendly 404 page for pages whose slug or key names nothing. */
@ControllerAdvice(annotations = Controller.class)
class HtmlErrorPages {

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }
}
