package org.broadsheet.auth;

/** Thrown when an email address already belongs to another account. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("That email address is already registered");
    }
}
