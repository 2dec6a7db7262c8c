package org.broadsheet.web.reader;

import java.util.UUID;

/**
 * One part of a reader's data export ({@code GET /api/v1/me/export}, the account page's download): every bean
 * of this type adds its value under its key to the one JSON document. Billing's subscription summary or the
 * newsletter choices join by declaring another bean.
 */
public interface ExportPart {

    /** The top-level key of this part in the export document, e.g. {@code "saved"}; unique among parts. */
    String key();

    /** This part's data for the reader, as a value Jackson can write (records, lists, maps); may be null. */
    Object exportFor(UUID accountId);
}
