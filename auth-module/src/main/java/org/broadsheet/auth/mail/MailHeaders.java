package org.broadsheet.auth.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Extra headers of an outbox mail, kept as "Name: value" lines; only list headers, never line breaks (no header injection). */
final class MailHeaders {

    private MailHeaders() {
    }

    static String format(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> {
            if (name == null || value == null || !name.matches("List-[A-Za-z-]{1,40}")
                    || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("Mail header not allowed: " + name);
            }
            lines.append(name).append(": ").append(value).append('\n');
        });
        return lines.toString();
    }

    static Map<String, String> parse(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (lines == null) {
            return headers;
        }
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0 && line.toLowerCase(Locale.ROOT).startsWith("list-")) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
