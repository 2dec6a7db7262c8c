package org.broadsheet.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Puts what every page's masthead needs (who is signed in, or null) into the model of each rendered page. */
@Component
class SiteModel extends PageModelAttribute {

    private final CurrentReaders readers;

    SiteModel(CurrentReaders readers) {
        super("reader");
        this.readers = readers;
    }

    @Override
    protected Object value(HttpServletRequest request) {
        return readers.current().orElse(null);
    }
}
