package org.broadsheet.web.billing;

/** Thrown when checkout is attempted before the reader verified their email address. */
class EmailNotVerified extends RuntimeException {

    EmailNotVerified() {
        super("Verify your email address before subscribing.");
    }
}
