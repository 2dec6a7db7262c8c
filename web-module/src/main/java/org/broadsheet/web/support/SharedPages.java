package org.broadsheet.web.support;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The rendered HTML of pages that every signed-out visitor in the same situation sees alike: a story page's teaser
 * with its paywall, or its full text when the meter granted it, a section's headlines. A controller asks for it
 * by returning {@link #view(String) SharedPages.view("article/article")} instead of the template's name; the page
 * is then rendered by its template once and written from here to the next visitor whose page would come out the
 * same.
 * <p>
 * What makes two visitors' pages "the same" is everything the template reads: the whole model (the article and
 * the access decision made for this visitor, the meter notice, the paywall, the plans on offer, the section
 * menu), the view, the locale and the day shown in the masthead. All of it is the cache key, so a visitor only
 * ever gets a page rendered for exactly the model the gate built for them; the gate and the meter run for every
 * view as before. A page is rendered afresh, and not kept, when anyone is signed in (their name, saved stories
 * and forms are theirs alone), or when the page came out with a form token in it.
 */
@Component
public class SharedPages implements ViewResolver, Ordered {

    /** The prefix of a view name that asks for the shared rendering; see {@link #view(String)}. */
    static final String PREFIX = "shared:";
    /** How long a rendered page is kept: an upper bound on anything a template reads from outside its model. */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    /** Bytes of rendered pages kept at most (a story page is about 12 KiB). */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    private static final String FORM_TOKEN = "name=\"_csrf\"";

    /** Everything a page's HTML is a function of; the model's values are immutable records, strings and lists. */
    private record Key(String view, Locale locale, String today, Map<String, Object> model) {
    }

    private final Supplier<ThymeleafViewResolver> templates;
    private final NewsTimes times;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final Cache<Key, byte[]> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key key, byte[] html) -> html.length)
            .expireAfterWrite(TIME_TO_LIVE)
            .recordStats()
            .build();

    SharedPages(ObjectProvider<ThymeleafViewResolver> templates, NewsTimes times, ObjectProvider<MeterRegistry> meters) {
        this.templates = SingletonSupplier.of(templates::getIfAvailable);
        this.times = times;
        meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, pages, "shared-pages"));
    }

    /** The view name that renders {@code template} through this cache for signed-out visitors. */
    public static String view(String template) {
        return PREFIX + template;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) throws Exception {
        if (!viewName.startsWith(PREFIX)) {
            return null;
        }
        String template = viewName.substring(PREFIX.length());
        ThymeleafViewResolver resolver = templates.get();
        View view = resolver == null ? null : resolver.resolveViewName(template, locale);
        return view == null ? null : new SharedView(template, locale, view);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Hits, misses and evictions so far (also published as the {@code cache.*} metrics named shared-pages). */
    CacheStats stats() {
        return pages.stats();
    }

    /** Forgets every rendered page. */
    void clear() {
        pages.invalidateAll();
    }

    private boolean signedOut() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || trust.isAnonymous(authentication);
    }

    private final class SharedView implements View {

        private final String template;
        private final Locale locale;
        private final View rendering;

        SharedView(String template, Locale locale, View rendering) {
            this.template = template;
            this.locale = locale;
            this.rendering = rendering;
        }

        @Override
        public String getContentType() {
            return CONTENT_TYPE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Map<String, Object> values = model == null ? Map.of() : pageValues(model);
            if (values == null || !signedOut()) {
                rendering.render(model, request, response);
                return;
            }
            Key key = new Key(template, locale, times.todayIso(), values);
            byte[] html = pages.getIfPresent(key);
            if (html == null) {
                CapturedResponse captured = new CapturedResponse(response);
                rendering.render(model, request, captured);
                String page = captured.text();
                html = page.getBytes(StandardCharsets.UTF_8);
                if (captured.plain() && !page.contains(FORM_TOKEN)) {
                    pages.put(key, html);
                }
            }
            response.setContentType(CONTENT_TYPE);
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }

        /**
         * The model's own values without the binding state Spring MVC adds beside each of them, or null when a form
         * on the page has errors to show (such a page is rendered afresh).
         */
        private static Map<String, Object> pageValues(Map<String, ?> model) {
            Map<String, Object> values = new HashMap<>(model.size() * 2);
            for (Map.Entry<String, ?> entry : model.entrySet()) {
                if (entry.getValue() instanceof BindingResult binding) {
                    if (binding.hasErrors()) {
                        return null;
                    }
                    continue;
                }
                values.put(entry.getKey(), entry.getValue());
            }
            return values;
        }
    }

    /** The response a page renders into: its text is kept here and written by the view, once. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final CharArrayWriter text = new CharArrayWriter(16 * 1024);
        private final PrintWriter writer = new PrintWriter(text);
        private boolean plain = true;

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            // Thymeleaf writes characters; bytes written past the capture would be lost
            throw new IllegalStateException("A shared page is rendered as text");
        }

        @Override
        public void setStatus(int status) {
            plain &= status == HttpServletResponse.SC_OK;
            super.setStatus(status);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            plain = false; // something set state for this visitor while rendering: keep the page to them
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            plain &= isContentHeader(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            plain &= isContentHeader(name);
            super.addHeader(name, value);
        }

        private static boolean isContentHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Language".equalsIgnoreCase(name);
        }

        @Override
        public void setContentLength(int length) {
            // the view sets the length of what it writes
        }

        @Override
        public void setContentLengthLong(long length) {
            // the view sets the length of what it writes
        }

        boolean plain() {
            return plain;
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
