package org.broadsheet.content;

/** A gift link could not be made. */
public class GiftRefusedException extends RuntimeException {

    /** Why the gift was refused. */
    public enum Reason {
        /** The giver has no entitlement (subscription, trial, comp, grace) and is not staff. */
        NOT_ENTITLED,
        /** The giver has made this month's gift links already. */
        QUOTA_USED_UP,
        /** No published article has that slug. */
        UNKNOWN_ARTICLE
    }

    private final Reason reason;

    public GiftRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
