package org.broadsheet.web.onboarding;

/**
 * Where a job stands. INTERRUPTED: the instance running it stopped (restart, crash); it resumes from its last
 * committed batch when staff ask.
 */
enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

    boolean finished() {
        return this == COMPLETED || this == FAILED;
    }

    boolean resumable() {
        return this == INTERRUPTED || this == FAILED;
    }
}
