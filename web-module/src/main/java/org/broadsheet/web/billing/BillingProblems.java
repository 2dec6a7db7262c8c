package org.broadsheet.web.billing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.broadsheet.billing.NoSubscription;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.broadsheet.billing.UnknownPlan;
import org.broadsheet.billing.WebhookRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Billing's failures as RFC 9457 problems for the JSON API and the webhook endpoint. */
@RestControllerAdvice(assignableTypes = {BillingApi.class, StripeWebhookEndpoint.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingProblems {

    private static final Logger log = LoggerFactory.getLogger(BillingProblems.class);

    @ExceptionHandler(NotSignedIn.class)
    ResponseEntity<ProblemDetail> notSignedIn(NotSignedIn e) {
        return problem(HttpStatus.UNAUTHORIZED, "sign-in-required", "Sign-in required", e.getMessage());
    }

    @ExceptionHandler(EmailNotVerified.class)
    ResponseEntity<ProblemDetail> notVerified(EmailNotVerified e) {
        return problem(HttpStatus.FORBIDDEN, "email-not-verified", "Email not verified", e.getMessage());
    }

    @ExceptionHandler(SubscriptionAlreadyLive.class)
    ResponseEntity<ProblemDetail> alreadyLive(SubscriptionAlreadyLive e) {
        return problem(HttpStatus.CONFLICT, "subscription-exists", "Already subscribed", e.getMessage());
    }

    @ExceptionHandler(PaymentProviderUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(PaymentProviderUnavailable e) {
        log.warn("Payment provider unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "payment-provider-unavailable", "Payment provider unavailable",
                "The payment provider is unavailable, try again in a few minutes.");
    }

    @ExceptionHandler(NoSubscription.class)
    ResponseEntity<ProblemDetail> noSubscription(NoSubscription e) {
        return problem(HttpStatus.NOT_FOUND, "no-subscription", "No subscription", e.getMessage());
    }

    @ExceptionHandler({BillingApi.InvalidPlan.class, UnknownPlan.class})
    ResponseEntity<ProblemDetail> invalidPlan(RuntimeException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                e.getMessage());
        response.getBody().setProperty("errors", List.of(Map.of("field", "plan", "message", e.getMessage())));
        return response;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The request body is not valid JSON.");
    }

    @ExceptionHandler(WebhookRejected.class)
    ResponseEntity<ProblemDetail> webhookRejected(WebhookRejected e) {
        return problem(HttpStatus.BAD_REQUEST, "webhook-rejected", "Webhook rejected", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:broadsheet:problem:" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
