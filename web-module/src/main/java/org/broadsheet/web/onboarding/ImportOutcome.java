package org.broadsheet.web.onboarding;

/** What happened to one input row. */
enum ImportOutcome {
    IMPORTED, UPDATED, UNCHANGED, REJECTED
}
