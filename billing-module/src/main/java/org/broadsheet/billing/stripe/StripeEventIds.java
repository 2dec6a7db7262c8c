package org.broadsheet.billing.stripe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.broadsheet.billing.WebhookRejected;
import org.broadsheet.billing.subscription.ProviderEvent;

/** Reads the ids out of a Stripe event's raw JSON, whatever its API version (no typed deserialisation). */
final class StripeEventIds {

    private StripeEventIds() {
    }

    static ProviderEvent read(String payload) {
        try {
            JsonElement root = JsonParser.parseString(payload);
            if (!root.isJsonObject()) {
                throw new WebhookRejected("The webhook body is not a JSON object.");
            }
            JsonObject event = root.getAsJsonObject();
            String id = string(event, "id");
            String type = string(event, "type");
            if (id == null || type == null || !"event".equals(string(event, "object"))) {
                throw new WebhookRejected("The webhook body is not a Stripe event.");
            }
            String objectId = null;
            String customerId = null;
            if (event.get("data") instanceof JsonObject data && data.get("object") instanceof JsonObject object) {
                objectId = string(object, "id");
                customerId = string(object, "customer");
            }
            return new ProviderEvent(id, type, string(event, "api_version"), objectId, customerId, payload);
        } catch (JsonParseException | IllegalStateException e) {
            throw new WebhookRejected("The webhook body is not valid JSON.");
        }
    }

    private static String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
