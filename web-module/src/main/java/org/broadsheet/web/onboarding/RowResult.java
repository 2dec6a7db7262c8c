package org.broadsheet.web.onboarding;

/** What applying one row did, with a note for the report (the reason when rejected, what changed otherwise). */
record RowResult(ImportOutcome outcome, String note) {

    static RowResult rejected(String reason) {
        return new RowResult(ImportOutcome.REJECTED, reason);
    }
}
