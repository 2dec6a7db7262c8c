package org.broadsheet.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.web.account.Readers.PASSWORD;
import static org.broadsheet.web.account.Readers.fromNewAddress;
import static org.broadsheet.web.account.Readers.newEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.web.account.AccountTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@AccountTestContext
class FormSignInIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReaderAccounts accounts;
    @Autowired
    org.broadsheet.web.account.RecordedSignIns signIns;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void signsInWithEmailAndPasswordAndOpensAccountPage() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Meera Iyer")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign out")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Login Now"))));
    }

    @Test
    void sessionNeverSignsInApiCalls() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void tellsSignInListenersAboutFormSignInAndRegistration() throws Exception {
        String email = newEmail();
        AccountView account = accounts.register(email, PASSWORD, "Meera Iyer");
        signIn(email, PASSWORD);
        assertThat(signIns.accountIds()).contains(account.id());

        String registered = newEmail();
        mvc.perform(post("/register").with(csrf()).param("name", "Kavya Menon").param("email", registered).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        assertThat(signIns.accountIds()).contains(accounts.findByEmail(registered).orElseThrow().id());
    }

    @Test
    void refusesLoginWithoutCsrfToken() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        mvc.perform(post("/login").with(fromNewAddress()).param("email", email).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void changesSessionIdOnSignIn() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie before = sessionCookie(mvc.perform(get("/login")).andReturn().getResponse());
        assertThat(before).isNotNull();
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).cookie(before)
                        .param("email", email).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie after = sessionCookie(result.getResponse());
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void wrongPasswordReturnsToLoginWithMessage() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", "wrong password!"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/login").param("error", "credentials"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong email or password")));
    }

    @Test
    void honoursLocalNextButNotForeignOne() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", PASSWORD)
                        .param("next", "/article/budget-2027"))
                .andExpect(redirectedUrl("/article/budget-2027"));
        mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", PASSWORD)
                        .param("next", "//evil.example/steal"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void throttlesFormLoginWithFriendlyMessage() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", "wrong " + attempt))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        MvcResult refused = mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("/login?error=throttled*"))
                .andExpect(header().exists("Retry-After"))
                .andReturn();
        mvc.perform(get(refused.getResponse().getRedirectedUrl()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed attempts")));
    }

    @Test
    void accountPagesRedirectToLoginWhenSignedOut() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/feed")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staffConsoleIsForbiddenToReaders() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        mvc.perform(get("/staff").cookie(signIn(email, PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void lockEndsLiveSessions() throws Exception {
        String email = newEmail();
        AccountView account = accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        accounts.lock(account.id(), "abuse");

        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void roleChangesApplyToLiveSessions() throws Exception {
        String email = newEmail();
        AccountView account = accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(get("/staff").cookie(session)).andExpect(status().isForbidden());
        accounts.setRoles(account.id(), Set.of(Role.SUPPORT));
        mvc.perform(get("/staff").cookie(session))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(403));
    }

    @Test
    void signsOutWithPost() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?signed-out"));
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void rememberMeSignsInAfterSessionEndsUntilPasswordReset() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        MvcResult login = mvc.perform(post("/login").with(csrf()).with(fromNewAddress())
                        .param("email", email).param("password", PASSWORD).param("remember-me", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie rememberMe = login.getResponse().getCookie("remember-me");
        assertThat(rememberMe).isNotNull();
        String[] seriesAndToken = java.net.URLDecoder.decode(new String(java.util.Base64.getDecoder().decode(rememberMe.getValue()),
                java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8).split(":");
        assertThat(jdbc.sql("SELECT token FROM persistent_logins WHERE series = :series").param("series", seriesAndToken[0])
                .query(String.class).single()).as("only a hash is stored").isNotEqualTo(seriesAndToken[1]).hasSize(64);

        MvcResult remembered = mvc.perform(get("/account").cookie(rememberMe)).andExpect(status().isOk()).andReturn();
        Cookie renewed = remembered.getResponse().getCookie("remember-me");

        accounts.changePassword(accounts.findByEmail(email).orElseThrow().id(), PASSWORD, "an entirely new passphrase");
        mvc.perform(get("/account").cookie(renewed != null ? renewed : rememberMe)).andExpect(status().is3xxRedirection());
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().exists("Strict-Transport-Security"));
    }

    @Test
    void registrationPageSignsInAndAsksToCheckEmail() throws Exception {
        String email = newEmail();
        MvcResult result = mvc.perform(post("/register").with(csrf()).param("name", "Kavya Menon").param("email", email)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/account")).andReturn();
        Cookie session = sessionCookie(result.getResponse());
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Check your email")));
    }

    @Test
    void registrationPageShowsFieldErrors() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("name", "Kavya").param("email", "nope").param("password", "iloveyou12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a valid email address")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("too common")));
    }

    @Test
    void changesPasswordFromAccountPageAndStaysSignedIn() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);
        MvcResult changed = mvc.perform(post("/account/password").with(csrf()).cookie(session)
                        .param("currentPassword", PASSWORD).param("password", "another long passphrase"))
                .andExpect(redirectedUrl("/account")).andReturn();
        Cookie after = sessionCookie(changed.getResponse());
        mvc.perform(get("/account").cookie(after != null ? after : session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your password is changed")));
        mvc.perform(post("/login").with(csrf()).with(fromNewAddress()).param("email", email).param("password", "another long passphrase"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void accountPageResendsVerificationAndRequestsEmailChange() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Meera Iyer");
        Cookie session = signIn(email, PASSWORD);
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Not verified")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Resend verification email")));
        mvc.perform(post("/account/verification").with(csrf()).cookie(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("We sent a new verification link")));

        mvc.perform(post("/account/email").with(csrf()).cookie(session).param("password", "wrong password").param("email", newEmail()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("That is not your password")));
        String newEmail = newEmail();
        mvc.perform(post("/account/email").with(csrf()).cookie(session).param("password", PASSWORD).param("email", newEmail))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("We sent a link to " + newEmail)));
    }

    @Test
    void loginPageOffersForgotPasswordAndRegister() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Forgot password?")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/register\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    /** Signs in through the form; the session lives in the database, so the browser holds only its cookie. */
    private Cookie signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).with(fromNewAddress())
                        .param("email", email).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = sessionCookie(result.getResponse());
        assertThat(session).isNotNull();
        return session;
    }

    /** The session cookie (its name comes from server.servlet.session.cookie.name when a server runs). */
    private static Cookie sessionCookie(org.springframework.mock.web.MockHttpServletResponse response) {
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getName().equals("BSESSION") || cookie.getName().equals("SESSION")) {
                return cookie;
            }
        }
        return null;
    }
}
