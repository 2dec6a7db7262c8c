package org.broadsheet.web.staff;

import java.util.List;

/** The ways a staff request fails, answered as problems by {@link StaffProblems} and as messages on pages. */
final class StaffExceptions {

    private StaffExceptions() {
    }

    /** The id names no account. */
    static final class UnknownAccount extends RuntimeException {
        UnknownAccount() {
            super("There is no account with this id.");
        }
    }

    /** The slug names no article. */
    static final class UnknownArticle extends RuntimeException {
        UnknownArticle(String slug) {
            super("There is no article " + slug + ".");
        }
    }

    static final class UnknownRule extends RuntimeException {
        UnknownRule(java.util.UUID id) {
            super("There is no access rule " + id + ".");
        }
    }

    /** Input that breaks a rule, one message per field. */
    static final class InvalidInput extends RuntimeException {
        private final List<Problem> problems;

        InvalidInput(List<Problem> problems) {
            super(problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    /** The action does not apply to the account as it is (no trial to extend, nothing to refund, slug taken). */
    static final class NotApplicable extends RuntimeException {
        NotApplicable(String message) {
            super(message);
        }
    }

    record Problem(String field, String message) {
    }
}
