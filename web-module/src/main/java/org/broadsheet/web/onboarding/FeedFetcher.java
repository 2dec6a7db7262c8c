package org.broadsheet.web.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Fetches a feed an editor names by URL, guarded against being turned on the inside network (SSRF): http and https
 * only, every address of the host must be public (no loopback, private, link-local, unique-local, multicast or
 * wildcard address), redirects are not followed, and the answer is cut off after a size and a time limit.
 */
@Component
class FeedFetcher {

    private final ImportProperties properties;
    private final HttpClient http;

    FeedFetcher(ImportProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.fetchTimeout()).build();
    }

    /**
     * The body of the URL as text.
     *
     * @throws InvalidImport when the URL is not allowed, cannot be fetched, answers other than 200 or is too large
     */
    String fetch(String url) {
        URI uri = allowed(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.fetchTimeout())
                .header("Accept", "application/rss+xml, application/atom+xml, application/json, application/xml, text/xml")
                .header("User-Agent", "Broadsheet-Import/1.0").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new InvalidImport("The URL answered HTTP " + response.statusCode()
                            + (response.statusCode() / 100 == 3 ? " (redirects are not followed: give the final URL)" : ""));
                }
                long limit = properties.maxFeedBytes();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = body.read(buffer)) != -1) {
                    out.write(buffer, 0, read);
                    if (out.size() > limit) {
                        throw new InvalidImport("The feed is larger than " + limit + " bytes.");
                    }
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new InvalidImport("The URL could not be fetched: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidImport("Fetching the URL was interrupted.", e);
        }
    }

    /** The URL when it may be fetched. @throws InvalidImport naming why not */
    static URI allowed(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidImport("That is not a URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidImport("Only http and https URLs can be imported.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new InvalidImport("The URL needs a host name and no user name or password.");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    throw new InvalidImport("The URL points into a private or local network, which imports may not reach.");
                }
            }
        } catch (UnknownHostException e) {
            throw new InvalidImport("The host " + uri.getHost() + " is unknown.");
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
    }
}
