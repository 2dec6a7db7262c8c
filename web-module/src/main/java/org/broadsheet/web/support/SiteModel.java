package org.broadsheet.web.support;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what every page's masthead needs (who is signed in) into the model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SiteModel {

    private final CurrentReaders readers;

    SiteModel(CurrentReaders readers) {
        this.readers = readers;
    }

    @ModelAttribute("reader")
    SignedInReader reader() {
        return readers.current().orElse(null);
    }
}
