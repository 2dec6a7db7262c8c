package org.broadsheet.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An {@code /api/**} path that no controller serves answers 404 problem+json; any other unknown path falls
 * through to the friendly HTML error page.
 */
@RestControllerAdvice
class ApiRouteNotFound {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException ex, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!ApiPaths.isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
            throw ex;
        }
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "There is no such API resource.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
