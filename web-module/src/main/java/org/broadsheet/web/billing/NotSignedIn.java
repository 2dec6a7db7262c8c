package org.broadsheet.web.billing;

/** Thrown when a billing call needs a signed-in reader and there is none. */
class NotSignedIn extends RuntimeException {

    NotSignedIn() {
        super("Sign in to manage your subscription.");
    }
}
