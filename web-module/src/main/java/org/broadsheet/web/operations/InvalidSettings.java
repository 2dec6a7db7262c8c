package org.broadsheet.web.operations;

import java.util.List;

/** Start-up refused: settings that would make the site misbehave, each named by its environment variable. */
public class InvalidSettings extends RuntimeException {

    private final List<String> problems;

    InvalidSettings(List<String> problems) {
        super("Invalid configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per bad setting, naming its environment variable and property. */
    public List<String> problems() {
        return problems;
    }
}
