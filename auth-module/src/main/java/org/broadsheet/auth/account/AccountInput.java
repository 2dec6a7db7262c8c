package org.broadsheet.auth.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.broadsheet.auth.FieldProblem;

/** The rules for emails and names, shared by registration, email change and the admin bootstrap. */
public final class AccountInput {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private AccountInput() {
    }

    /** Trimmed and lower-cased; null stays null. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static List<FieldProblem> emailProblems(String normalisedEmail) {
        List<FieldProblem> problems = new ArrayList<>();
        if (normalisedEmail == null || normalisedEmail.isEmpty()) {
            problems.add(new FieldProblem("email", "Enter your email address"));
        } else if (normalisedEmail.length() > 254 || !EMAIL.matcher(normalisedEmail).matches()) {
            problems.add(new FieldProblem("email", "Enter a valid email address, like name@example.com"));
        }
        return problems;
    }

    public static List<FieldProblem> nameProblems(String name) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Enter your name"));
        } else if (name.trim().length() > 100) {
            problems.add(new FieldProblem("name", "Use at most 100 characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "Use letters, spaces and punctuation only"));
        }
        return problems;
    }
}
