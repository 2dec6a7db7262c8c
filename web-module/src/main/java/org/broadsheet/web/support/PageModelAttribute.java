package org.broadsheet.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds one attribute every page's layout needs to the model of each page about to be rendered, after its handler
 * ran. JSON answers and redirects render no layout, so they never pay for it (an {@code @ModelAttribute} advice
 * would run for them too). A handler that set the attribute itself keeps its own.
 */
public abstract class PageModelAttribute implements HandlerInterceptor, WebMvcConfigurer {

    private final String name;

    protected PageModelAttribute(String name) {
        this.name = name;
    }

    /** The attribute's value for this request; may be null. */
    protected abstract Object value(HttpServletRequest request);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (isPage(page) && !page.getModel().containsKey(name)) {
            page.addObject(name, value(request));
        }
    }

    private static boolean isPage(ModelAndView answer) {
        if (answer == null || !answer.hasView()) {
            return false;
        }
        String view = answer.getViewName();
        return view == null || !view.startsWith("redirect:");
    }
}
