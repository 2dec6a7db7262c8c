package org.broadsheet.web.account;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.IssuedToken;
import org.broadsheet.auth.PasswordResets;
import org.broadsheet.auth.ReaderAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Accounts part of the JSON API: registration, tokens for the app, password reset. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

    private final ReaderAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordResets resets;

    AuthApiController(ReaderAccounts accounts, ApiTokens tokens, PasswordResets resets) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.resets = resets;
    }

    record RegisterRequest(String email, String password, String name) {
    }

    record RegisteredAccount(UUID id, String email, String name, boolean emailVerified) {
    }

    record TokenRequest(String email, String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record ResetRequest(String email) {
    }

    record ResetConfirmation(String token, String password) {
    }

    @PostMapping("/register")
    ResponseEntity<RegisteredAccount> register(@RequestBody RegisterRequest request) {
        AccountView account = accounts.register(request.email(), request.password(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/me"))
                .body(new RegisteredAccount(account.id(), account.email(), account.name(), account.emailVerified()));
    }

    @PostMapping("/token")
    TokenResponse token(@RequestBody TokenRequest request, HttpServletRequest http) {
        IssuedToken issued = tokens.issue(request.email(), request.password(), http.getRemoteAddr());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @DeleteMapping("/token")
    ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String header = authorization.trim();
        tokens.revoke(header.length() > 7 ? header.substring(7).trim() : "");
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password-reset")
    ResponseEntity<Void> requestReset(@RequestBody ResetRequest request) {
        String email = request.email() == null ? "" : request.email().trim();
        if (email.isEmpty() || email.length() > 320 || !email.contains("@")) {
            throw new InvalidAccountInput("email", "Enter the email address of your account");
        }
        resets.request(email);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset/confirm")
    ResponseEntity<Void> confirmReset(@RequestBody ResetConfirmation request) {
        resets.confirm(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }
}
