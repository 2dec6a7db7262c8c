package org.broadsheet.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.auth.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyUnitTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void knowsTenThousandCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isEqualTo(10_000);
    }

    @Test
    void acceptsLongUncommonPassword() {
        assertThat(policy.check("correct horse battery staple", "reader@example.com", "password")).isEmpty();
    }

    @Test
    void refusesPasswordShorterThanTenCharacters() {
        assertThat(policy.check("Xy7!kq2#p", null, "password"))
                .contains(new FieldProblem("password", "Use at least 10 characters"));
    }

    @Test
    void acceptsExactlyTenCharacters() {
        assertThat(policy.check("Xy7!kq2#pZ", null, "password")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "qwertyuiop", "1234567890", "iloveyou12", "PASSWORD123", "Qwertyuiop"})
    void refusesCommonPasswordsInAnyCase(String common) {
        assertThat(policy.check(common, null, "password")).get()
                .extracting(FieldProblem::message).asString().contains("too common");
    }

    @Test
    void refusesPasswordEqualToEmail() {
        assertThat(policy.check("Reader.Name@Example.com", "reader.name@example.com", "password")).get()
                .extracting(FieldProblem::message).isEqualTo("Your password must not be your email address");
    }

    @Test
    void refusesMissingPassword() {
        assertThat(policy.check(null, null, "newPassword")).contains(new FieldProblem("newPassword", "Enter a password"));
        assertThat(policy.check("", null, "password")).isPresent();
    }

    @Test
    void refusesAbsurdlyLongPassword() {
        assertThat(policy.check("a".repeat(201), null, "password")).isPresent();
    }
}
