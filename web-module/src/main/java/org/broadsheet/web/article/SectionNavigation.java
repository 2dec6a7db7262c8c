package org.broadsheet.web.article;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.CatalogRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the sections into every page's model so the masthead can show the section navigation. */
@ControllerAdvice(annotations = Controller.class)
class SectionNavigation {

    private static final Logger log = LoggerFactory.getLogger(SectionNavigation.class);

    private final ArticleCatalog catalog;

    SectionNavigation(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute("navSections")
    List<CatalogRef> navSections(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return List.of(); // JSON answers render no masthead
        }
        try {
            return catalog.sections();
        }
        catch (RuntimeException ex) {
            // The error pages use this too: a failing catalog must not turn them into failures of their own.
            log.warn("Section navigation unavailable: {}", ex.toString());
            return List.of();
        }
    }
}
