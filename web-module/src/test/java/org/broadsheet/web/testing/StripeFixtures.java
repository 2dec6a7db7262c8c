package org.broadsheet.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Stripe's own example objects from {@code ../shared/stripe/fixtures3.json} (beside the repository root),
 * found by walking up from the working directory.
 */
public final class StripeFixtures {

    private static final JsonObject RESOURCES = load();

    private StripeFixtures() {
    }

    /** A fresh copy of the fixture of this resource ({@code subscription}, {@code checkout.session}, …). */
    public static JsonObject of(String resource) {
        JsonObject fixture = RESOURCES.getAsJsonObject(resource);
        if (fixture == null) {
            throw new IllegalArgumentException("No Stripe fixture " + resource);
        }
        return fixture.deepCopy();
    }

    static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/stripe/fixtures3.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/stripe/fixtures3.json not found above " + Path.of("").toAbsolutePath());
    }

    private static JsonObject load() {
        try {
            return JsonParser.parseString(Files.readString(locate())).getAsJsonObject().getAsJsonObject("resources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
