package org.broadsheet.web.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes fingerprinted URLs ({@code /css/site-<hash>.css}) for links to static assets, in place of Spring's
 * {@link ResourceUrlEncodingFilter}, which it replaces: that one asks the resource chain about every link a page
 * builds, and since static files are served under {@code /**}, each of the thirty-odd links of a page
 * ({@code /article/…}, {@code /section/…}) became a fruitless class-path search through every static location,
 * misses not being cached — about 60 % of an article page's CPU time. Only links under the static folders are
 * asked about here; everything else stays as it is.
 */
@Component
class AssetUrls extends ResourceUrlEncodingFilter {

    private static final String[] ASSET_PREFIXES = {"/css/", "/js/", "/images/", "/favicon."};

    private final ResourceUrlProvider urls;

    AssetUrls(@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new Encoding(httpResponse, http.getContextPath(), urls));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The lookup path of an asset link ({@code /css/site.css}), or null for any other link. */
    static String assetPath(String url, String contextPath) {
        if (url == null || !url.startsWith(contextPath)) {
            return null;
        }
        String path = url.substring(contextPath.length());
        for (String prefix : ASSET_PREFIXES) {
            if (path.startsWith(prefix)) {
                return path;
            }
        }
        return null;
    }

    private static final class Encoding extends HttpServletResponseWrapper {

        private final String contextPath;
        private final ResourceUrlProvider urls;

        Encoding(HttpServletResponse response, String contextPath, ResourceUrlProvider urls) {
            super(response);
            this.contextPath = contextPath;
            this.urls = urls;
        }

        @Override
        public String encodeURL(String url) {
            String path = assetPath(url, contextPath);
            if (path != null) {
                int end = firstOf(path, '?', '#');
                String resolved = urls.getForLookupPath(path.substring(0, end));
                if (resolved != null) {
                    return super.encodeURL(contextPath + resolved + path.substring(end));
                }
            }
            return super.encodeURL(url);
        }

        private static int firstOf(String path, char a, char b) {
            int i = path.indexOf(a);
            int j = path.indexOf(b);
            return i < 0 ? (j < 0 ? path.length() : j) : (j < 0 ? i : Math.min(i, j));
        }
    }
}
