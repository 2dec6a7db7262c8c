package org.broadsheet.auth;

import java.util.List;

/** Thrown when account input (email, name, password) breaks a rule; carries one problem per field. */
public class InvalidAccountInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidAccountInput(List<FieldProblem> problems) {
        super("Invalid account input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidAccountInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** The problems, never empty. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
