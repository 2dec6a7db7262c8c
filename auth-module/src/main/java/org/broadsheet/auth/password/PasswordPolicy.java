package org.broadsheet.auth.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.auth.FieldProblem;
import org.springframework.stereotype.Component;

/** The password rules: at least 10 characters, not one of the 10,000 most common, not the email itself. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final String COMMON_LIST = "auth/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = loadCommon();
    }

    /** The problem with this password under {@code field}, or empty when it is acceptable; email may be null. */
    public Optional<FieldProblem> check(String password, String email, String field) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new FieldProblem(field, "Enter a password"));
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of(new FieldProblem(field, "Use at least " + MIN_LENGTH + " characters"));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new FieldProblem(field, "Use at most " + MAX_LENGTH + " characters"));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(new FieldProblem(field, "This password is too common; choose one that is harder to guess"));
        }
        if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            return Optional.of(new FieldProblem(field, "Your password must not be your email address"));
        }
        return Optional.empty();
    }

    /** How many common passwords the policy knows. */
    public int commonPasswordCount() {
        return common.size();
    }

    public List<FieldProblem> problems(String password, String email, String field) {
        return check(password, email, field).stream().toList();
    }

    private static Set<String> loadCommon() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_LIST + " on the classpath");
            }
            Set<String> words = new HashSet<>(16_384);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(line -> !line.isEmpty())
                        .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
