package org.broadsheet.web.errors;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem details that always name their {@code type}, as the contract's error shape requires. */
final class Problems {

    /** RFC 9457's type for a problem that means no more than its HTTP status. */
    static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String detail) {
        return typed(ProblemDetail.forStatusAndDetail(status, detail));
    }

    static ProblemDetail typed(ProblemDetail problem) {
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        return problem;
    }
}
