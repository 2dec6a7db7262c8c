package org.broadsheet.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import org.broadsheet.web.support.SiteProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.ServletWebRequest;

class ApiProblemsUnitTests {

    private final ApiProblems problems = new ApiProblems(
            new SiteProperties("http://localhost:8080", ZoneId.of("Asia/Kolkata"), new SiteProperties.Billing(14)));

    @Test
    void answersAnUnexpectedFailureWithAGeneric500ProblemThatHidesTheException() {
        ResponseEntity<Object> response = problems.unexpected(new IllegalStateException("database password is hunter2"),
                new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/articles"), new MockHttpServletResponse()));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getType()).hasToString("about:blank");
        assertThat(problem.getTitle()).isEqualTo("Internal Server Error");
        assertThat(problem.getDetail()).doesNotContain("hunter2", "IllegalStateException");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void leavesAccessDecisionsToSpringSecurity() {
        AccessDeniedException denied = new AccessDeniedException("no");

        assertThatThrownBy(() -> problems.securityFailure(denied)).isSameAs(denied);
    }
}
