package org.broadsheet.web.billing;

import org.broadsheet.billing.PaymentWebhooks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Hands Stripe's raw webhook body and signature to billing; 200 once stored, 400 problem when rejected. */
@RestController
class StripeWebhookEndpoint {

    private final PaymentWebhooks webhooks;

    StripeWebhookEndpoint(PaymentWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/webhooks/stripe")
    ResponseEntity<Void> receive(@RequestBody(required = false) String payload,
                                 @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        webhooks.receive(payload == null ? "" : payload, signature);
        return ResponseEntity.ok().build();
    }
}
