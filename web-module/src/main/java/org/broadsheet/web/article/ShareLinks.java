package org.broadsheet.web.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Plain share links (no scripts) for an article's absolute URL and headline. */
record ShareLinks(String x, String whatsApp, String facebook, String linkedIn, String email) {

    static ShareLinks of(String url, String headline) {
        String u = encode(url);
        String h = encode(headline);
        return new ShareLinks(
                "https://twitter.com/intent/tweet?url=" + u + "&text=" + h,
                "https://wa.me/?text=" + encode(headline + " " + url),
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "https://www.linkedin.com/sharing/share-offsite/?url=" + u,
                "mailto:?subject=" + h + "&body=" + u);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
