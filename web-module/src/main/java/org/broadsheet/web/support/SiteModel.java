package org.broadsheet.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts what every page's masthead needs (who is signed in) into the model of each page about to be rendered.
 * Only pages: JSON answers and redirects render no masthead, so they never pay for it.
 */
@Component
public class SiteModel implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentReaders readers;

    SiteModel(CurrentReaders readers) {
        this.readers = readers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (isPage(page) && !page.getModel().containsKey("reader")) {
            page.addObject("reader", readers.current().orElse(null));
        }
    }

    /** Whether a handler answered with a page to render (not JSON, not a redirect). */
    public static boolean isPage(ModelAndView answer) {
        if (answer == null || !answer.hasView()) {
            return false;
        }
        String name = answer.getViewName();
        return name == null || !name.startsWith("redirect:");
    }
}
