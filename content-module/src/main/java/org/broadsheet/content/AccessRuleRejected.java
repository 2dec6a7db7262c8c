package org.broadsheet.content;

/** An access rule draft that cannot be saved: {@code field} names the offending field (may be null). */
public class AccessRuleRejected extends RuntimeException {

    private final String field;

    public AccessRuleRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The draft field at fault; null when the draft as a whole is. */
    public String field() {
        return field;
    }
}
