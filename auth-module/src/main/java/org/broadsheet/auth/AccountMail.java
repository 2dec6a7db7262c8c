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

    /**
     * Like {@link #send(UUID, String, Map, String)}, with extra mail headers such as {@code List-Unsubscribe} and
     * {@code List-Unsubscribe-Post}; they are kept in the outbox with the mail and set on the message when it is
     * sent. Header names must be {@code List-*} headers; values must not contain line breaks.
     *
     * @param headers header name to value, never null (may be empty)
     * @return false when a mail with this dedupe key was already queued (nothing new is sent)
     * @throws IllegalArgumentException for an unknown account or a header that is not allowed
     */
    boolean send(UUID accountId, String template, Map<String, Object> model, String dedupeKey,
                 Map<String, String> headers);
}
