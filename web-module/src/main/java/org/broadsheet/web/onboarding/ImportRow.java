package org.broadsheet.web.onboarding;

/**
 * One input row, checked: either a payload to apply or the reason it is rejected.
 *
 * @param line      the row's line in the file (the header is line 1), or its position in a feed or export
 * @param item      what the report names it by (an email, a slug)
 * @param payload   what to apply; null when rejected
 * @param rejection why it cannot be imported; null when it can
 */
record ImportRow<T>(int line, String item, T payload, String rejection) {

    static <T> ImportRow<T> of(int line, String item, T payload) {
        return new ImportRow<>(line, item, payload, null);
    }

    static <T> ImportRow<T> rejected(int line, String item, String reason) {
        return new ImportRow<>(line, item, null, reason);
    }
}
