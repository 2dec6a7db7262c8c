package org.broadsheet.content;

import java.util.UUID;

/** Port: content asks whether a signed-in reader is entitled; billing answers through an adapter in web. */
public interface ReaderEntitlements {

    /** The entitlement of this account right now; never null ({@link ReaderEntitlement#none()} when none). */
    ReaderEntitlement entitlementOf(UUID accountId);
}
