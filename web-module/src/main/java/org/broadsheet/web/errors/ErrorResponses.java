package org.broadsheet.web.errors;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error page ({@code /error}): problem+json for API paths and programs, the friendly
 * HTML page for people; neither ever shows a stack trace or an exception message.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses implements ErrorController {

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ApiPaths.isApi(path) || !acceptsHtml(request)) {
            ProblemDetail problem = Problems.of(status, detail(status));
            instance(path).ifPresent(problem::setInstance);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String view = status == HttpStatus.NOT_FOUND ? "error/404" : status.is4xxClientError() ? "error/4xx" : "error/5xx";
        return new ModelAndView(view, Map.of("status", status.value()), status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && (status.is4xxClientError() || status.is5xxServerError())) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The path that failed, which the container hands over already percent-encoded. */
    private static Optional<URI> instance(String path) {
        try {
            return Optional.ofNullable(path).map(URI::create);
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
            case UNAUTHORIZED -> "Authentication is required.";
            case FORBIDDEN -> "You are not allowed to do this.";
            default -> status.is5xxServerError() ? "Something went wrong on our side. Please try again later."
                    : status.getReasonPhrase() + ".";
        };
    }
}
