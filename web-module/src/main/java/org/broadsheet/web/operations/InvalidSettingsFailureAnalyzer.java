package org.broadsheet.web.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the bad settings plainly instead of a stack trace when start-up is refused. */
class InvalidSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettings cause) {
        return new FailureAnalysis("Broadsheet's configuration is invalid:\n  - " + String.join("\n  - ", cause.problems()),
                "Fix the environment variables named above and start again.", cause);
    }
}
