package org.broadsheet.web.support;

/** Makes a value safe for a spreadsheet: a cell that a spreadsheet would run as a formula is kept as text. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The value as a CSV cell: empty for null, and with a leading apostrophe when it starts with a character
     * that spreadsheets read as the start of a formula ({@code = + - @}, tab or carriage return).
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
