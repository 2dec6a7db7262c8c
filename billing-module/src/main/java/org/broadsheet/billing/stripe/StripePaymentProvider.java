package org.broadsheet.billing.stripe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.EventListParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.InvoicePaymentListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionListParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.billing.Plans;
import org.broadsheet.billing.subscription.CheckoutOutcome;
import org.broadsheet.billing.subscription.CheckoutRequest;
import org.broadsheet.billing.subscription.PaymentProvider;
import org.broadsheet.billing.subscription.ProviderCheckout;
import org.broadsheet.billing.subscription.ProviderEvent;
import org.broadsheet.billing.subscription.ProviderSubscription;

/** Billing's payment provider port spoken in Stripe's API (version 2026-07-29.dahlia). */
class StripePaymentProvider implements PaymentProvider {

    static final String ACCOUNT_ID = "account_id";

    private final StripeClient stripe;
    private final Map<String, String> priceOfPlan;

    StripePaymentProvider(StripeClient stripe, BillingProperties properties) {
        this.stripe = stripe;
        this.priceOfPlan = Map.of(Plans.MONTHLY, properties.stripe().priceMonthly(),
                Plans.ANNUAL, properties.stripe().priceAnnual());
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.call();
        } catch (StripeException e) {
            throw new PaymentProviderUnavailable("Stripe failed to " + what + " (" + e.getClass().getSimpleName()
                    + (e.getStatusCode() != null ? ", HTTP " + e.getStatusCode() : "") + ")", e);
        }
    }

    @Override
    public String key() {
        return "stripe";
    }

    @Override
    public String createCustomer(UUID accountId, String email) {
        CustomerCreateParams.Builder params = CustomerCreateParams.builder().putMetadata(ACCOUNT_ID, accountId.toString());
        if (email != null) {
            params.setEmail(email);
        }
        RequestOptions options = RequestOptions.builder().setIdempotencyKey("customer-" + accountId).build();
        return call("create a customer", () -> stripe.v1().customers().create(params.build(), options)).getId();
    }

    @Override
    public boolean customerEverTrialed(String customerId) {
        SubscriptionListParams params = SubscriptionListParams.builder().setCustomer(customerId)
                .setStatus(SubscriptionListParams.Status.ALL).setLimit(100L).build();
        return call("list subscriptions", () -> stripe.v1().subscriptions().list(params)).getData().stream()
                .anyMatch(s -> s.getTrialStart() != null || s.getTrialEnd() != null);
    }

    @Override
    public ProviderCheckout createCheckout(CheckoutRequest request) {
        SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
                .putMetadata(ACCOUNT_ID, request.accountId().toString());
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(request.customerId())
                .setClientReferenceId(request.accountId().toString())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setPrice(priceOfPlan.get(request.plan().key())).setQuantity(1L).build())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .putMetadata(ACCOUNT_ID, request.accountId().toString());
        if (request.trialDays() != null) {
            subscription.setTrialPeriodDays(request.trialDays().longValue());
            if (!request.cardRequiredForTrial()) {
                params.setPaymentMethodCollection(SessionCreateParams.PaymentMethodCollection.IF_REQUIRED);
                subscription.setTrialSettings(SessionCreateParams.SubscriptionData.TrialSettings.builder()
                        .setEndBehavior(SessionCreateParams.SubscriptionData.TrialSettings.EndBehavior.builder()
                                .setMissingPaymentMethod(SessionCreateParams.SubscriptionData.TrialSettings.EndBehavior
                                        .MissingPaymentMethod.CANCEL)
                                .build())
                        .build());
            }
        }
        params.setSubscriptionData(subscription.build());
        RequestOptions options = RequestOptions.builder().setIdempotencyKey("checkout-" + request.checkoutId()).build();
        Session session = call("create a checkout session", () -> stripe.v1().checkout().sessions().create(params.build(), options));
        return new ProviderCheckout(session.getId(), session.getUrl());
    }

    @Override
    public CheckoutOutcome checkoutOutcome(String sessionId) {
        Session session = call("fetch a checkout session", () -> stripe.v1().checkout().sessions().retrieve(sessionId));
        return new CheckoutOutcome(session.getId(), session.getSubscription(), session.getCustomer(),
                uuidOrNull(session.getClientReferenceId()));
    }

    @Override
    public ProviderSubscription fetchSubscription(String subscriptionId) {
        return snapshot(call("fetch a subscription", () -> stripe.v1().subscriptions().retrieve(subscriptionId)));
    }

    @Override
    public List<String> subscriptionIdsOfCustomer(String customerId) {
        SubscriptionListParams params = SubscriptionListParams.builder().setCustomer(customerId)
                .setStatus(SubscriptionListParams.Status.ALL).setLimit(100L).build();
        return call("list subscriptions", () -> stripe.v1().subscriptions().list(params)).getData().stream()
                .map(Subscription::getId).toList();
    }

    /** Every subscription of the customer as Stripe lists it (ended ones too), through the list's pages. */
    List<ProviderSubscription> subscriptionsOf(String customerId) {
        SubscriptionListParams params = SubscriptionListParams.builder().setCustomer(customerId)
                .setStatus(SubscriptionListParams.Status.ALL).setLimit(100L).build();
        List<ProviderSubscription> found = new ArrayList<>();
        call("list subscriptions", () -> stripe.v1().subscriptions().list(params)).autoPagingIterable()
                .forEach(s -> found.add(snapshot(s)));
        return found;
    }

    /** Whether Stripe has this customer, not deleted; false on Stripe's 404. */
    boolean customerExists(String customerId) {
        try {
            Customer customer = stripe.v1().customers().retrieve(customerId);
            return !Boolean.TRUE.equals(customer.getDeleted());
        } catch (com.stripe.exception.InvalidRequestException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode())) {
                return false;
            }
            throw new PaymentProviderUnavailable("Stripe failed to fetch a customer (HTTP " + e.getStatusCode() + ")", e);
        } catch (StripeException e) {
            throw new PaymentProviderUnavailable("Stripe failed to fetch a customer (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public Optional<String> subscriptionOfInvoice(String invoiceId) {
        Invoice invoice = call("fetch an invoice", () -> stripe.v1().invoices().retrieve(invoiceId));
        // in this API version the subscription sits under parent.subscription_details
        if (invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(invoice.getParent().getSubscriptionDetails().getSubscription());
    }

    @Override
    public Optional<UUID> accountOfCustomer(String customerId) {
        Customer customer = call("fetch a customer", () -> stripe.v1().customers().retrieve(customerId));
        return Optional.ofNullable(customer.getMetadata()).map(m -> uuidOrNull(m.get(ACCOUNT_ID)));
    }

    @Override
    public String portalUrl(String customerId, String returnUrl) {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customerId).setReturnUrl(returnUrl).build();
        return call("create a portal session", () -> stripe.v1().billingPortal().sessions().create(params)).getUrl();
    }

    @Override
    public ProviderSubscription setCancelAtPeriodEnd(String subscriptionId, boolean cancel) {
        SubscriptionUpdateParams params = SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancel).build();
        return snapshot(call("update a subscription", () -> stripe.v1().subscriptions().update(subscriptionId, params)));
    }

    @Override
    public ProviderSubscription cancelNow(String subscriptionId) {
        return snapshot(call("cancel a subscription", () -> stripe.v1().subscriptions().cancel(subscriptionId)));
    }

    @Override
    public ProviderSubscription changePlan(String subscriptionId, String planKey) {
        Subscription current = call("fetch a subscription", () -> stripe.v1().subscriptions().retrieve(subscriptionId));
        SubscriptionItem item = current.getItems().getData().get(0);
        SubscriptionUpdateParams params = SubscriptionUpdateParams.builder()
                .addItem(SubscriptionUpdateParams.Item.builder().setId(item.getId()).setPrice(priceOfPlan.get(planKey)).build())
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                .build();
        return snapshot(call("change a plan", () -> stripe.v1().subscriptions().update(subscriptionId, params)));
    }

    @Override
    public ProviderSubscription extendTrial(String subscriptionId, Instant trialEnd) {
        SubscriptionUpdateParams params = SubscriptionUpdateParams.builder().setTrialEnd(trialEnd.getEpochSecond())
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.NONE).build();
        return snapshot(call("extend a trial", () -> stripe.v1().subscriptions().update(subscriptionId, params)));
    }

    @Override
    public boolean refundLatestPaidInvoice(String customerId) {
        InvoiceListParams invoices = InvoiceListParams.builder().setCustomer(customerId)
                .setStatus(InvoiceListParams.Status.PAID).setLimit(1L).build();
        List<Invoice> paid = call("list invoices", () -> stripe.v1().invoices().list(invoices)).getData();
        if (paid.isEmpty()) {
            return false;
        }
        InvoicePaymentListParams payments = InvoicePaymentListParams.builder().setInvoice(paid.get(0).getId()).build();
        for (InvoicePayment payment : call("list invoice payments", () -> stripe.v1().invoicePayments().list(payments)).getData()) {
            if (payment.getPayment() != null && payment.getPayment().getPaymentIntent() != null) {
                RefundCreateParams refund = RefundCreateParams.builder()
                        .setPaymentIntent(payment.getPayment().getPaymentIntent()).build();
                RequestOptions options = RequestOptions.builder().setIdempotencyKey("refund-" + paid.get(0).getId()).build();
                call("refund a payment", () -> stripe.v1().refunds().create(refund, options));
                return true;
            }
        }
        return false;
    }

    @Override
    public List<ProviderEvent> undeliveredEvents(Instant since) {
        EventListParams params = EventListParams.builder().setDeliverySuccess(false)
                .setCreated(EventListParams.Created.builder().setGte(since.getEpochSecond()).build())
                .setLimit(100L).build();
        List<ProviderEvent> events = new ArrayList<>();
        for (Event event : call("list events", () -> stripe.v1().events().list(params)).autoPagingIterable()) {
            String json = event.getRawJsonObject() != null ? event.getRawJsonObject().toString() : event.toJson();
            events.add(StripeEventIds.read(json));
        }
        return events;
    }

    private ProviderSubscription snapshot(Subscription s) {
        Instant periodEnd = null;
        String planKey = null;
        if (s.getItems() != null && s.getItems().getData() != null && !s.getItems().getData().isEmpty()) {
            // in this API version the period sits on the subscription item, not on the subscription
            SubscriptionItem item = s.getItems().getData().get(0);
            periodEnd = instant(item.getCurrentPeriodEnd());
            if (item.getPrice() != null) {
                planKey = priceOfPlan.entrySet().stream().filter(e -> e.getValue().equals(item.getPrice().getId()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
            }
        }
        return new ProviderSubscription(s.getId(), s.getCustomer(), s.getStatus(), planKey, instant(s.getTrialStart()),
                instant(s.getTrialEnd()), periodEnd, Boolean.TRUE.equals(s.getCancelAtPeriodEnd()),
                instant(s.getEndedAt()), s.getMetadata() == null ? null : uuidOrNull(s.getMetadata().get(ACCOUNT_ID)));
    }

    private static Instant instant(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
