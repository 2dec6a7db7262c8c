package org.broadsheet.web.onboarding;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The import API's failures as RFC 9457 problems, shaped like the rest of the staff API's. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ImportsApi.class)
class ImportProblems {

    @ExceptionHandler(InvalidImport.class)
    ResponseEntity<ProblemDetail> invalid(InvalidImport e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-import", "Import cannot be read", e.getMessage(), "file");
    }

    @ExceptionHandler(ImportDesk.MissingInput.class)
    ResponseEntity<ProblemDetail> missing(ImportDesk.MissingInput e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "The request has invalid parameters.",
                e.field, e.getMessage());
    }

    @ExceptionHandler(ImportDesk.UnknownJob.class)
    ResponseEntity<ProblemDetail> unknown(ImportDesk.UnknownJob e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ImportDesk.NotResumable.class)
    ResponseEntity<ProblemDetail> notResumable(ImportDesk.NotResumable e) {
        return problem(HttpStatus.CONFLICT, "not-applicable", "Not applicable", e.getMessage(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                         String field) {
        return problem(status, type, title, detail, field, field == null ? null : detail);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                         String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
