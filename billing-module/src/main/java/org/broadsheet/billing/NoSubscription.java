package org.broadsheet.billing;

/** Thrown when a self-service action needs a subscription the account does not have. */
public class NoSubscription extends RuntimeException {

    public NoSubscription() {
        super("This account has no subscription.");
    }
}
