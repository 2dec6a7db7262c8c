package org.broadsheet.content;

/** Meter use this calendar month; remaining() = max(0, limit - used). */
public record MeterState(int used, int limit) {

    /** Free METERED reads left this month, never negative. */
    public int remaining() {
        return Math.max(0, limit - used);
    }
}
