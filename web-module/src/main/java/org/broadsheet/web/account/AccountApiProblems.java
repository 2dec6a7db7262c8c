package org.broadsheet.web.account;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.broadsheet.auth.EmailTakenException;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.InvalidTokenException;
import org.broadsheet.auth.SignInRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns auth's typed failures into the contract's problem+json answers for the account API. */
@RestControllerAdvice(assignableTypes = {AuthApiController.class, MeApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountApiProblems {

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(InvalidAccountInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAccountInput e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "Some fields need attention.");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "The request body is not valid JSON.");
        problem.setProperty("errors", List.of());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(EmailTakenException.class)
    ResponseEntity<ProblemDetail> taken(EmailTakenException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "email-taken", "Email taken",
                "An account with this email address already exists. Sign in or reset your password.");
        problem.setProperty("errors", List.of(Map.of("field", "email", "message", "This email address is already registered")));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(InvalidTokenException.class)
    ResponseEntity<ProblemDetail> badToken(InvalidTokenException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-token", "Invalid token",
                "The link is invalid, already used or expired. Ask for a new one.");
        problem.setProperty("errors", List.of(Map.of("field", "token", "message", "This link is invalid, already used or expired")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(SignInRefusedException.BadCredentials.class)
    ResponseEntity<ProblemDetail> badCredentials() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed", "Wrong email or password."));
    }

    @ExceptionHandler(SignInRefusedException.AccountLocked.class)
    ResponseEntity<ProblemDetail> locked() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "account-locked", "Account locked",
                        "This account is locked. Contact support."));
    }

    @ExceptionHandler(SignInRefusedException.TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooMany(SignInRefusedException.TooManyAttempts e) {
        long seconds = e.retryAfter().toSeconds();
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                        "Too many failed sign-in attempts. Try again in " + Math.max(1, (seconds + 59) / 60) + " minutes."));
    }

    @ExceptionHandler({AuthenticationException.class, MissingRequestHeaderException.class})
    ResponseEntity<ProblemDetail> unauthenticated() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Sign in: send Authorization: Bearer <token>."));
    }
}
