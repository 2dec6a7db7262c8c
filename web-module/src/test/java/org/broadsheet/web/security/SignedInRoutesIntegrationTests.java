package org.broadsheet.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.broadsheet.web.account.AccountTestContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every signed-in route of CONTRACT.md answers 401 problem+json without a token, or with a dead one. */
@AccountTestContext
class SignedInRoutesIntegrationTests {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> signedInRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/me"),
                Arguments.of(HttpMethod.PUT, "/api/v1/me"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/me"),
                Arguments.of(HttpMethod.GET, "/api/v1/me/saved"),
                Arguments.of(HttpMethod.PUT, "/api/v1/me/saved/some-article"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/me/saved/some-article"),
                Arguments.of(HttpMethod.GET, "/api/v1/me/follows"),
                Arguments.of(HttpMethod.PUT, "/api/v1/me/follows/topic/climate"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/me/follows/topic/climate"),
                Arguments.of(HttpMethod.GET, "/api/v1/me/history"),
                Arguments.of(HttpMethod.GET, "/api/v1/me/feed"),
                Arguments.of(HttpMethod.PUT, "/api/v1/me/newsletters/morning"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/me/newsletters/morning"),
                Arguments.of(HttpMethod.GET, "/api/v1/me/export"),
                Arguments.of(HttpMethod.GET, "/api/v1/me/subscription"),
                Arguments.of(HttpMethod.POST, "/api/v1/me/subscription/cancel"),
                Arguments.of(HttpMethod.POST, "/api/v1/me/subscription/resume"),
                Arguments.of(HttpMethod.POST, "/api/v1/billing/checkout"),
                Arguments.of(HttpMethod.POST, "/api/v1/billing/portal"),
                Arguments.of(HttpMethod.GET, "/api/v1/staff/accounts"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/auth/token"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signedInRoutes")
    void answersUnauthorizedProblemWithoutToken(HttpMethod method, String path) throws Exception {
        mvc.perform(request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.type").isNotEmpty());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signedInRoutes")
    void answersUnauthorizedForUnknownToken(HttpMethod method, String path) throws Exception {
        mvc.perform(request(method, path).header("Authorization", "Bearer not-a-real-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
