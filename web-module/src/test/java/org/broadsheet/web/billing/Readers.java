package org.broadsheet.web.billing;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.web.support.PrincipalReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signed-in readers for tests: the principal is the reader itself, mapped by a test {@link PrincipalReaders}. */
final class Readers {

    private Readers() {
    }

    static SignedInReader verified() {
        UUID id = UUID.randomUUID();
        return new SignedInReader(id, "reader-" + id.toString().substring(0, 8) + "@example.com", "Asha Reader",
                Set.of("READER"), true);
    }

    static SignedInReader unverified() {
        UUID id = UUID.randomUUID();
        return new SignedInReader(id, "new-" + id.toString().substring(0, 8) + "@example.com", "New Reader",
                Set.of("READER"), false);
    }

    static Authentication authenticationOf(SignedInReader reader) {
        return new TestingAuthenticationToken(reader, null, "ROLE_READER");
    }

    static RequestPostProcessor signedIn(SignedInReader reader) {
        return authentication(authenticationOf(reader));
    }

    /** Maps a {@link SignedInReader} principal to itself. */
    @TestConfiguration
    static class Mapping {
        @Bean
        @Primary
        PrincipalReaders testPrincipalReaders() {
            return principal -> principal instanceof SignedInReader reader ? Optional.of(reader) : Optional.empty();
        }
    }
}
