package org.broadsheet.web.article;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.CatalogRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.broadsheet.web.support.PageModelAttribute;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Puts the section navigation into the model of every page about to be rendered so the masthead can show it (JSON
 * answers and redirects skip it): the list items as HTML, built
 * once for as long as the catalog answers with the same list of sections (it keeps them for a few seconds) rather
 * than link by link on every page. The same for every reader: nothing reader-specific is in it.
 */
@Component
class SectionNavigation extends PageModelAttribute {

    private static final Logger log = LoggerFactory.getLogger(SectionNavigation.class);

    /** The masthead's section list items; empty when there are no sections. */
    record SectionMenu(String html) {

        static final SectionMenu NONE = new SectionMenu("");

        public boolean isEmpty() {
            return html.isEmpty();
        }
    }

    private record Built(List<CatalogRef> sections, String contextPath, SectionMenu menu) {
    }

    private final ArticleCatalog catalog;
    private volatile Built built;

    SectionNavigation(ArticleCatalog catalog) {
        super("navSections");
        this.catalog = catalog;
    }

    @Override
    protected Object value(HttpServletRequest request) {
        return navSections(request.getContextPath());
    }

    SectionMenu navSections(String contextPath) {
        List<CatalogRef> sections;
        try {
            sections = catalog.sections();
        }
        catch (RuntimeException ex) {
            // The error pages use this too: a failing catalog must not turn them into failures of their own.
            log.warn("Section navigation unavailable: {}", ex.toString());
            return SectionMenu.NONE;
        }
        Built last = built;
        if (last != null && last.sections() == sections && last.contextPath().equals(contextPath)) {
            return last.menu();
        }
        SectionMenu menu = menu(sections, contextPath);
        built = new Built(sections, contextPath, menu);
        return menu;
    }

    static SectionMenu menu(List<CatalogRef> sections, String contextPath) {
        if (sections.isEmpty()) {
            return SectionMenu.NONE;
        }
        StringBuilder html = new StringBuilder(64 * (sections.size() + 1));
        html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(contextPath + "/")).append("\">Home</a></li>");
        for (CatalogRef section : sections) {
            String href = contextPath + "/section/" + UriUtils.encodePathSegment(section.key(), StandardCharsets.UTF_8);
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(href)).append("\">")
                    .append(HtmlUtils.htmlEscape(section.name())).append("</a></li>");
        }
        return new SectionMenu(html.toString());
    }
}
