package org.broadsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.broadsheet.billing.FakeStripe;

/**
 * bench/load.sh's Stripe: billing's FakeStripe (a Stripe-shaped HTTP server answering with Stripe's fixtures) in a
 * process of its own, holding {@link WebhookBodies#SUBSCRIPTIONS} active subscriptions {@code sub_bench_<n>} of
 * customers {@code cus_bench_<n>}, each naming an account in its metadata, so that the webhook worker's re-fetch
 * of every event finds the subscription. Arguments: the file to write the API base URL into. Runs until killed.
 */
public final class StripeStandIn {

    private StripeStandIn() {
    }

    public static void main(String[] args) throws Exception {
        FakeStripe stripe = new FakeStripe();
        Instant periodEnd = Instant.now().plus(30, ChronoUnit.DAYS);
        for (int n = 0; n < WebhookBodies.SUBSCRIPTIONS; n++) {
            String customer = "cus_bench_" + n;
            stripe.customer(customer, new UUID(8, n).toString());
            stripe.subscription("sub_bench_" + n, customer, "active", FakeStripe.PRICE_MONTHLY, null, periodEnd, false);
        }
        Path out = Path.of(args.length > 0 ? args[0] : "stripe-api-base.txt");
        Files.writeString(out, stripe.apiBase());
        System.out.println("FakeStripe at " + stripe.apiBase());
        Thread.currentThread().join();
    }
}
