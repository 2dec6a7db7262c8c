package org.broadsheet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectsUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/account", "/article/budget-2027?from=gate#comments"})
    void acceptsLocalPaths(String next) {
        assertThat(SafeRedirects.isSafeLocalPath(next)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
            "account", "/a\r\nSet-Cookie: x=y", "/\\\\evil"})
    void refusesEverythingThatCouldLeaveTheSite(String next) {
        assertThat(SafeRedirects.isSafeLocalPath(next)).isFalse();
    }
}
