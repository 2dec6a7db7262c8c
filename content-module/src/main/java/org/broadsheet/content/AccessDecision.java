package org.broadsheet.content;

/**
 * The outcome of the access decision. {@code meter} is null when the reader is not metered (staff, entitled
 * readers).
 */
public record AccessDecision(boolean granted, AccessReason reason, MeterState meter) {

    /** A decision whose {@code granted} flag follows its reason; {@code meter} may be null. */
    public static AccessDecision of(AccessReason reason, MeterState meter) {
        return new AccessDecision(reason.granted(), reason, meter);
    }

    /** This decision with another meter state (may be null). */
    public AccessDecision withMeter(MeterState meter) {
        return new AccessDecision(granted, reason, meter);
    }
}
