package org.broadsheet.auth;

/** One thing wrong with one input field, in words a reader can act on. */
public record FieldProblem(String field, String message) {
}
