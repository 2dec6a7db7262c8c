package org.broadsheet.billing.subscription;

/** A provider event reduced to the ids processing needs; the payload is kept for the record. */
public record ProviderEvent(String id, String type, String apiVersion, String objectId, String customerId,
                            String payload) {
}
