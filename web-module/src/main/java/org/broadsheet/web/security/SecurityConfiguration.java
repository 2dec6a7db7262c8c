package org.broadsheet.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.PasswordSignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The security filter chains: a stateless bearer-token one for the JSON API and webhooks (sessions never
 * authenticate it, so it needs no CSRF), and a session one with form login, remember-me and CSRF for pages.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    static final String REMEMBER_ME_COOKIE = "remember-me";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**", "/webhooks/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/webhooks/**").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/auth/token").authenticated()
                        .requestMatchers("/api/v1/me", "/api/v1/me/**", "/api/v1/billing/**", "/api/v1/staff/**").authenticated()
                        .anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .rememberMe(rememberMe -> rememberMe.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses::unauthorized)
                        .accessDeniedHandler(ProblemResponses::forbidden))
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, PasswordSignIn signIn, UserDetailsService accounts,
                                  PersistentTokenRepository rememberMeTokens, SessionSignIn sessionSignIn,
                                  // The key only marks remember-me authentications as this application's own; the cookie's
                                  // worth lies in the random series and token kept hashed in the database. So a key
                                  // drawn at start-up is safe on every instance, and no secret sits in the code.
                                  @Value("${broadsheet.auth.remember-me-key:#{T(java.util.UUID).randomUUID().toString()}}") String rememberMeKey)
            throws Exception {
        HashedRememberMeTokens.Services rememberMe =
                new HashedRememberMeTokens.Services(rememberMeKey, accounts, new HashedRememberMeTokens.Repository(rememberMeTokens));
        rememberMe.setParameter("remember-me");
        rememberMe.setCookieName(REMEMBER_ME_COOKIE);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/account", "/account/**", "/feed", "/feed/**", "/alerts/**").authenticated()
                        .requestMatchers("/staff", "/staff/**").hasAnyRole("SUPPORT", "EDITOR", "ADMIN")
                        .anyRequest().permitAll())
                .authenticationManager(new ProviderManager(new FormSignInProvider(signIn),
                        new RememberMeAuthenticationProvider(rememberMeKey)))
                .securityContext(c -> c.securityContextRepository(sessionSignIn.repository()))
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(successHandler(sessionSignIn))
                        .failureHandler(SecurityConfiguration::loginFailed))
                .rememberMe(r -> r.rememberMeServices(rememberMe).key(rememberMeKey))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out")
                        .deleteCookies("BSESSION", REMEMBER_ME_COOKIE))
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                // the signed token of a newsletter's unsubscribe link is its authority; mail clients post it one-click
                .csrf(csrf -> csrf.ignoringRequestMatchers("/newsletters/unsubscribe"))
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterAfter(new LiveAccountFilter(signIn), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * Sign-ins are observed (timed and counted, traced when tracing is on); the filter chain and every authorization
     * are not: wrapping each of the chain's filters in an observation of its own cost a tenth of an article page's
     * CPU, and the request as a whole is already observed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true)
                .build();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(Customizer.withDefaults());
    }

    private static AuthenticationSuccessHandler successHandler(SessionSignIn sessionSignIn) {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
                sessionSignIn.signedIn(principal, request, response);
            }
            String next = request.getParameter("next");
            if (SafeRedirects.isSafeLocalPath(next)) {
                response.sendRedirect(request.getContextPath() + next);
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = e instanceof TooManySignInAttempts ? "throttled" : e instanceof LockedException ? "locked" : "credentials";
        StringBuilder target = new StringBuilder(request.getContextPath()).append("/login?error=").append(reason);
        if (e instanceof TooManySignInAttempts throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
            target.append("&wait=").append(Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60));
        }
        String next = request.getParameter("next");
        if (SafeRedirects.isSafeLocalPath(next)) {
            target.append("&next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        response.sendRedirect(target.toString());
    }
}
