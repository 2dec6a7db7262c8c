package org.broadsheet.web.security;

/** Decides whether a {@code next} target stays on this site, so sign-in never becomes an open redirect. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /** True for a local absolute path like {@code /article/x?y=1}; false for null, {@code //host}, schemes or control characters. */
    public static boolean isSafeLocalPath(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/")) {
            return false;
        }
        if (next.startsWith("//") || next.startsWith("/\\")) {
            return false;
        }
        return next.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    }
}
