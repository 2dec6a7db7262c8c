package org.broadsheet.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebIntegrationTest
class ErrorResponsesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void unknownApiRouteIsANotFoundProblem() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/nope").accept(MediaType.TEXT_HTML)).andReturn();

        assertProblem(result, 404);
    }

    @Test
    void containerErrorOnAnApiPathIsAProblem() throws Exception {
        MvcResult result = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/articles")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"))).andReturn();

        assertProblem(result, 500);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret internals");
    }

    @Test
    void containerErrorOnAPageIsAFriendlyPage() throws Exception {
        MvcResult notFound = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")).andReturn();
        MvcResult failed = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/article/x")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"))).andReturn();
        MvcResult badRequest = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/section/x")).andReturn();

        assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
        assertThat(notFound.getResponse().getContentAsString()).contains("Page not found", "<main id=\"main\"");
        assertThat(failed.getResponse().getStatus()).isEqualTo(500);
        assertThat(failed.getResponse().getContentAsString()).contains("Something went wrong")
                .doesNotContain("secret internals", "IllegalStateException");
        assertThat(badRequest.getResponse().getStatus()).isEqualTo(400);
        assertThat(badRequest.getResponse().getContentAsString()).contains("We could not handle that request");
    }

    private void assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        String body = result.getResponse().getContentAsString();
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(body).doesNotContain("Exception", "at org.", "trace");
    }
}
