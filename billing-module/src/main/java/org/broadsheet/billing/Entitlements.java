package org.broadsheet.billing;

import java.util.UUID;

/** Answers whether a reader is entitled to PREMIUM articles through billing (subscription, trial, grace, comp). */
public interface Entitlements {

    /** The reader's entitlement now; {@link Entitlement#none()} for an unknown account. Never null. */
    Entitlement of(UUID accountId);
}
