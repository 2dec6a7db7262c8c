package org.broadsheet.web.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.VisitorIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser a signed visitor id for the anonymous meter; a forged, altered or foreign cookie counts
 * as no cookie, so tampering never does better than clearing cookies.
 */
@Component
class VisitorCookieFilter extends OncePerRequestFilter {

    static final Duration LIFETIME = Duration.ofDays(400);

    private final VisitorIds visitorIds;

    VisitorCookieFilter(VisitorIds visitorIds) {
        this.visitorIds = visitorIds;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.startsWith("/actuator/") || path.equals("/favicon.ico")
                // feeds, sitemap and robots.txt are the same for everyone and publicly cacheable: no cookie
                || path.equals("/rss.xml") || path.equals("/sitemap.xml") || path.equals("/robots.txt")
                || path.startsWith("/section/") && path.endsWith("/rss.xml")
                // Stripe keeps no cookies, and an app calling with its bearer token is metered by its account
                || path.startsWith("/webhooks/") || isBearer(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String visitorId = cookieValue(request)
                .flatMap(visitorIds::verify)
                .orElseGet(() -> issue(request, response));
        VisitorContext.remember(request, visitorId);
        chain.doFilter(request, response);
    }

    private String issue(HttpServletRequest request, HttpServletResponse response) {
        String value = visitorIds.issueCookieValue();
        ResponseCookie cookie = ResponseCookie.from(VisitorIds.COOKIE_NAME, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return visitorIds.verify(value).orElse(null);
    }

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (VisitorIds.COOKIE_NAME.equals(cookie.getName()) && cookie.getValue() != null
                    && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
