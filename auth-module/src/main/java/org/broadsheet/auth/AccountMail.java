package org.broadsheet.auth;

import java.util.Map;
import java.util.UUID;

/** Mail to an account holder, kept in the outbox and sent after the current transaction commits. */
public interface AccountMail {

    /**
     * Sends the template {@code mail/<template>.txt} and {@code .html} to the account's address. The text
     * template's first line is {@code Subject: …}. The model gets {@code name}, {@code email} and
     * {@code baseUrl} added.
     *
     * @param model      template variables, never null
     * @param dedupeKey  a mail with the same key is sent at most once; null to always send
     * @throws IllegalArgumentException for an unknown account
     */
    void send(UUID accountId, String template, Map<String, Object> model, String dedupeKey);
}
