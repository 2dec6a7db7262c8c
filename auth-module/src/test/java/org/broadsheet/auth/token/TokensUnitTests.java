package org.broadsheet.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensUnitTests {

    @Test
    void newTokensCarry256RandomBitsInUrlSafeText() {
        String token = Tokens.newRawToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void newTokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(Tokens.newRawToken());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void hashesWithSha256AsLowerCaseHex() {
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashIsStableAndDiffersFromTheToken() {
        String token = Tokens.newRawToken();
        assertThat(Tokens.hash(token)).isEqualTo(Tokens.hash(token)).isNotEqualTo(token).hasSize(64);
        assertThat(Tokens.hash(token)).isNotEqualTo(Tokens.hash(Tokens.newRawToken()));
    }
}
