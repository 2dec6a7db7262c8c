package org.broadsheet.auth.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Binds auth's settings and provides the one password encoder (delegating, bcrypt by default). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuthProperties.class, AdminProperties.class, SiteAddress.class})
class AuthConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
