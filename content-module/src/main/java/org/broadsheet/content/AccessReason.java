package org.broadsheet.content;

/** Why the access decision granted or denied an article. */
public enum AccessReason {
    FREE(true), METER(true), REGISTERED(true), SUBSCRIPTION(true), TRIAL(true), COMP(true), GRACE(true), GIFT(true),
    STAFF(true),
    METER_EXHAUSTED(false), SIGN_IN_REQUIRED(false), SUBSCRIPTION_REQUIRED(false);

    private final boolean granted;

    AccessReason(boolean granted) {
        this.granted = granted;
    }

    /** Whether a decision with this reason lets the reader read the whole article. */
    public boolean granted() {
        return granted;
    }
}
