package org.broadsheet.web;

import jakarta.servlet.http.Cookie;
import org.broadsheet.content.VisitorIds;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc client that keeps its visitor cookie between requests, as a browser would. */
public final class Visitor implements RequestPostProcessor {

    private Cookie cookie;

    /** Sends the visitor cookie (if it has one yet). */
    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return request;
    }

    /** Keeps a visitor cookie the response set. */
    public MvcResult remember(MvcResult result) {
        Cookie issued = result.getResponse().getCookie(VisitorIds.COOKIE_NAME);
        if (issued != null) {
            cookie = issued;
        }
        return result;
    }

    public String cookieValue() {
        return cookie == null ? null : cookie.getValue();
    }

    public void useCookieValue(String value) {
        cookie = new Cookie(VisitorIds.COOKIE_NAME, value);
    }
}
