package org.broadsheet.web.onboarding;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reader CSV (RFC 4180 quoting, CRLF or LF, a byte-order mark, columns in any order, header names in any
 * case and with spaces, dashes or underscores) into rows of known columns.
 */
final class ReaderCsv {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String CREATED = "created_at";
    static final String NEWSLETTERS = "newsletters";
    static final String STRIPE = "stripe_customer_id";
    static final String COMP = "comp_until";
    static final String LABELS = "labels";

    static final List<String> COLUMNS = List.of(EMAIL, NAME, CREATED, NEWSLETTERS, STRIPE, COMP, LABELS);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("email", EMAIL), Map.entry("email_address", EMAIL), Map.entry("e_mail", EMAIL),
            Map.entry("name", NAME), Map.entry("full_name", NAME),
            Map.entry("created_at", CREATED), Map.entry("created", CREATED), Map.entry("created_date", CREATED),
            Map.entry("created_on", CREATED), Map.entry("signup_date", CREATED), Map.entry("reader_since", CREATED),
            Map.entry("newsletters", NEWSLETTERS), Map.entry("newsletter", NEWSLETTERS),
            Map.entry("newsletter_choices", NEWSLETTERS),
            Map.entry("stripe_customer_id", STRIPE), Map.entry("stripe_customer", STRIPE), Map.entry("stripe_id", STRIPE),
            Map.entry("comp_until", COMP), Map.entry("comped_until", COMP), Map.entry("comp", COMP),
            Map.entry("labels", LABELS), Map.entry("label", LABELS), Map.entry("tags", LABELS));

    private ReaderCsv() {
    }

    /** One data row: its line in the file (the header is line 1) and its values by known column (blank → absent). */
    record Line(int line, Map<String, String> values) {

        String get(String column) {
            return values.get(column);
        }
    }

    /**
     * Every data row of the file.
     *
     * @throws InvalidImport when there is no header with an email column, or the quoting is broken
     */
    static List<Line> read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                        org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> headers = parser.getHeaderNames();
            Map<Integer, String> columnAt = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                String known = ALIASES.get(normalise(headers.get(i)));
                if (known != null && !columnAt.containsValue(known)) {
                    columnAt.put(i, known);
                }
            }
            if (!columnAt.containsValue(EMAIL)) {
                throw new InvalidImport("The file has no email column; the first line must name the columns ("
                        + String.join(", ", COLUMNS) + ").");
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                columnAt.forEach((index, column) -> {
                    if (index < record.size()) {
                        String value = record.get(index).strip();
                        if (!value.isEmpty()) {
                            values.put(column, value);
                        }
                    }
                });
                if (values.isEmpty() && record.size() <= 1) {
                    continue;
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, values));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidImport("The file is not a readable CSV: " + e.getMessage(), e);
        }
    }

    private static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
