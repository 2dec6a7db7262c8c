package org.broadsheet.web.errors;

/** Thrown by page controllers for an unknown slug or key: the reader gets the friendly 404 page. */
public class PageNotFoundException extends RuntimeException {

    /** @param message for the log only; never shown to the reader */
    public PageNotFoundException(String message) {
        super(message);
    }
}
