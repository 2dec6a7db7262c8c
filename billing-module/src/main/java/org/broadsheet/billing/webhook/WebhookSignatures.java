package org.broadsheet.billing.webhook;

import org.broadsheet.billing.WebhookRejected;
import org.broadsheet.billing.subscription.ProviderEvent;

/** Verifies a provider webhook and reads the ids out of it. */
public interface WebhookSignatures {

    /** @throws WebhookRejected for a bad signature, a stale timestamp or a malformed body */
    ProviderEvent verify(String payload, String signatureHeader);
}
