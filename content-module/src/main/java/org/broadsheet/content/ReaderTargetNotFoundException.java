package org.broadsheet.content;

/** A reader feature was asked about an article slug, follow kind or catalog key that does not exist. */
public class ReaderTargetNotFoundException extends RuntimeException {

    private final String what;

    public ReaderTargetNotFoundException(String what, String key) {
        super("No " + what + " '" + key + "'");
        this.what = what;
    }

    /** What was looked for: {@code article}, {@code topic}, {@code author}, {@code section} or {@code kind}. */
    public String what() {
        return what;
    }
}
