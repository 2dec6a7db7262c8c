package org.broadsheet.web.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP caching policy, so that no shared cache (CDN, proxy) ever hands one reader's gated or personal
 * page to another: every dynamic response is {@code private, no-store} and varies by cookie and authorization;
 * only what is the same for everyone is public — static assets (long max-age, set by the resource handler)
 * and the feeds, sitemap and robots.txt (five minutes). A public response that sets a cookie turns private.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CachePolicyFilter extends OncePerRequestFilter {

    static final String PERSONAL = "private, no-store";
    static final String FEED = "public, max-age=300";
    static final String VARY = "Cookie, Authorization";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean shared = read && isPublicFeed(path);
        if (shared) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, FEED);
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
            response.addHeader(HttpHeaders.VARY, VARY);
        }
        chain.doFilter(request, new PolicedResponse(response, shared));
    }

    /** Served by the resource handler with its own long, public max-age. */
    static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    /** The same for every reader: summaries only, never body text, never a cookie. */
    static boolean isPublicFeed(String path) {
        return path.equals("/rss.xml") || path.equals("/sitemap.xml") || path.equals("/robots.txt")
                || path.startsWith("/section/") && path.endsWith("/rss.xml");
    }

    /**
     * A controller's own Cache-Control replaces the default instead of adding a second header; a public response
     * turns private as soon as anything sets a cookie on it.
     */
    private static final class PolicedResponse extends HttpServletResponseWrapper {

        private boolean shared;
        private boolean cookieSet;

        PolicedResponse(HttpServletResponse response, boolean shared) {
            super(response);
            this.shared = shared;
        }

        @Override
        public void addCookie(Cookie cookie) {
            turnPrivate();
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                setHeader(name, value);
                return;
            }
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                turnPrivate();
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                turnPrivate();
            }
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && cookieSet && value != null && value.contains("public")) {
                return;
            }
            super.setHeader(name, value);
        }

        private void turnPrivate() {
            cookieSet = true;
            if (shared) {
                shared = false;
                super.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
                super.setHeader(HttpHeaders.VARY, VARY);
            }
        }
    }
}
