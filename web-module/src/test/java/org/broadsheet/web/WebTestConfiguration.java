package org.broadsheet.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.broadsheet.web.support.PrincipalReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Test wiring: the article object mother, and signed-in readers from Spring Security test users. */
@TestConfiguration(proxyBeanMethods = false)
@Import(Articles.class)
public class WebTestConfiguration {

    /** Maps a test {@link UserDetails} (e.g. {@code @WithMockUser(roles = "EDITOR")}) to a signed-in reader. */
    @Bean
    @Primary
    PrincipalReaders testPrincipalReaders() {
        return principal -> {
            if (!(principal instanceof UserDetails user)) {
                return Optional.empty();
            }
            Set<String> roles = user.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
                    .collect(Collectors.toSet());
            UUID accountId = UUID.nameUUIDFromBytes(user.getUsername().getBytes(StandardCharsets.UTF_8));
            return Optional.of(new SignedInReader(accountId, user.getUsername(), user.getUsername(), roles, true));
        };
    }
}
