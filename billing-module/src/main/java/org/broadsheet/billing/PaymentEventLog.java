package org.broadsheet.billing;

import java.util.List;
import java.util.UUID;

/** The stored webhook events of the payment provider, for staff: what arrived, what failed, and a replay. */
public interface PaymentEventLog {

    /** Events about the account's customer or subscriptions, newest first, at most {@code limit} (1 to 200). */
    List<PaymentEvent> ofAccount(UUID accountId, int limit);

    /** The newest events, only failed ones (FAILED or DEAD) when {@code failedOnly}, at most {@code limit} (1 to 500). */
    List<PaymentEvent> recent(boolean failedOnly, int limit);

    /** Processes the stored event again now, whatever its state; false for an unknown id. */
    boolean replay(String eventId);
}
