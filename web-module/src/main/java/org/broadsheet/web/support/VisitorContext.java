package org.broadsheet.web.support;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The anonymous visitor id of a request, as {@link VisitorCookieFilter} verified or issued it. Every
 * request that passed the filter has one.
 */
@Component
public class VisitorContext {

    static final String ATTRIBUTE = VisitorContext.class.getName() + ".visitorId";

    /** The verified visitor id of this request; empty only when the request bypassed the visitor filter. */
    public Optional<String> visitorId(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    static void remember(HttpServletRequest request, String visitorId) {
        request.setAttribute(ATTRIBUTE, visitorId);
    }
}
