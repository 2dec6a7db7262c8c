package org.broadsheet.billing;

/** Thrown when a checkout starts for an account whose subscription has not ended. */
public class SubscriptionAlreadyLive extends RuntimeException {

    public SubscriptionAlreadyLive() {
        super("This account already has a subscription.");
    }
}
