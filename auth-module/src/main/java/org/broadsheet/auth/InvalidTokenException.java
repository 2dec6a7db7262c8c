package org.broadsheet.auth;

/** Thrown when an emailed token (verification, password reset) is unknown, used or expired. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("The link is invalid, already used or expired");
    }
}
