package org.broadsheet.web.staff;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.broadsheet.billing.PaymentProviderUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The staff API's failures as RFC 9457 problems, in the same shape as the rest of the API. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {StaffAccountsApi.class, StaffArticlesApi.class, StaffAccessRulesApi.class})
class StaffProblems {

    private static final Logger log = LoggerFactory.getLogger(StaffProblems.class);

    @ExceptionHandler(StaffExceptions.UnknownAccount.class)
    ResponseEntity<ProblemDetail> unknownAccount(StaffExceptions.UnknownAccount e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(StaffExceptions.UnknownArticle.class)
    ResponseEntity<ProblemDetail> unknownArticle(StaffExceptions.UnknownArticle e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(StaffExceptions.UnknownRule.class)
    ResponseEntity<ProblemDetail> unknownRule(StaffExceptions.UnknownRule e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(StaffExceptions.InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(StaffExceptions.InvalidInput e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid parameters.");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        response.getBody().setProperty("errors", errors);
        return response;
    }

    @ExceptionHandler(StaffExceptions.NotApplicable.class)
    ResponseEntity<ProblemDetail> notApplicable(StaffExceptions.NotApplicable e) {
        return problem(HttpStatus.CONFLICT, "not-applicable", "Not applicable", e.getMessage());
    }

    @ExceptionHandler(PaymentProviderUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(PaymentProviderUnavailable e) {
        log.warn("Payment provider unavailable for a staff action: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "payment-provider-unavailable", "Payment provider unavailable",
                "The payment provider is unavailable, try again in a few minutes.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
