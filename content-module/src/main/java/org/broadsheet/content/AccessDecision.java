package org.broadsheet.content;

/**
 * The outcome of the access decision. {@code meter} is null when the reader is not metered (staff, entitled
 * readers); {@code rule} is null when no access rule applied (the article's own level decided).
 */
public record AccessDecision(boolean granted, AccessReason reason, MeterState meter, AppliedRule rule) {

    /** A decision no rule took part in; {@code meter} may be null. */
    public AccessDecision(boolean granted, AccessReason reason, MeterState meter) {
        this(granted, reason, meter, null);
    }

    /** A decision whose {@code granted} flag follows its reason; {@code meter} may be null. */
    public static AccessDecision of(AccessReason reason, MeterState meter) {
        return new AccessDecision(reason.granted(), reason, meter, null);
    }

    /** A decision whose {@code granted} flag follows its reason; {@code meter} and {@code rule} may be null. */
    public static AccessDecision of(AccessReason reason, MeterState meter, AppliedRule rule) {
        return new AccessDecision(reason.granted(), reason, meter, rule);
    }

    /** This decision with another meter state (may be null). */
    public AccessDecision withMeter(MeterState meter) {
        return new AccessDecision(granted, reason, meter, rule);
    }
}
