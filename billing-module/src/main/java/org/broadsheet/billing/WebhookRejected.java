package org.broadsheet.billing;

/** Thrown for a webhook with a bad signature, a stale timestamp or a malformed body; it was not stored. */
public class WebhookRejected extends RuntimeException {

    public WebhookRejected(String message) {
        super(message);
    }
}
