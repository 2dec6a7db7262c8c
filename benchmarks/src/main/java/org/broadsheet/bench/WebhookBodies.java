package org.broadsheet.bench;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.broadsheet.billing.StripeSigning;

/**
 * Writes distinct Stripe events ({@code customer.subscription.updated} of the stand-in's subscriptions), each
 * signed as Stripe signs them ({@code t=<ts>,v1=HMAC-SHA256(secret, "<ts>.<body>")}), one per line as
 * {@code <Stripe-Signature>\t<body>}, for wrk to post. Arguments: how many, the webhook secret, the output file,
 * and a run name that makes the event ids unique.
 */
public final class WebhookBodies {

    /** Subscriptions the events are spread over (and the stand-in holds). */
    static final int SUBSCRIPTIONS = 500;

    private WebhookBodies() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        String secret = args[1];
        Path out = Path.of(args[2]);
        String run = args.length > 3 ? args[3] : Long.toString(System.currentTimeMillis(), 36);
        long now = Instant.now().getEpochSecond();
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            for (int i = 0; i < count; i++) {
                int n = i % SUBSCRIPTIONS;
                String body = "{\"id\":\"evt_bench_" + run + "_" + i + "\",\"object\":\"event\",\"api_version\":\"2025-03-31.basil\","
                        + "\"created\":" + now + ",\"livemode\":false,\"pending_webhooks\":1,"
                        + "\"type\":\"customer.subscription.updated\",\"data\":{\"object\":{\"id\":\"sub_bench_" + n
                        + "\",\"object\":\"subscription\",\"customer\":\"cus_bench_" + n + "\",\"status\":\"active\"}}}";
                writer.write(StripeSigning.header(secret, now, body));
                writer.write('\t');
                writer.write(body);
                writer.write('\n');
            }
        }
    }
}
