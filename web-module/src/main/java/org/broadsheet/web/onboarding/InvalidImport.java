package org.broadsheet.web.onboarding;

/** An import request or file that cannot be read at all (no email column, broken quoting, not a feed). */
class InvalidImport extends RuntimeException {

    InvalidImport(String message) {
        super(message);
    }

    InvalidImport(String message, Throwable cause) {
        super(message, cause);
    }
}
