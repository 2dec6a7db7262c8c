package org.broadsheet.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.billing.Comps;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object mother for real readers made through the auth API: registered with {@code POST /api/v1/auth/register},
 * holding a bearer token from {@code POST /api/v1/auth/token}; entitled ones hold a comp from billing.
 */
@TestComponent
public class ApiReaders {

    public static final String PASSWORD = "a long and private passphrase";

    private final MockMvc mvc;
    private final Comps comps;
    private final PasswordSignIn signIn;
    private final JsonMapper json = JsonMapper.builder().build();

    public ApiReaders(MockMvc mvc, Comps comps, PasswordSignIn signIn) {
        this.mvc = mvc;
        this.comps = comps;
        this.signIn = signIn;
    }

    /** A reader as a test drives it. */
    public record ApiReader(UUID id, String email, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    /** A registered reader without any entitlement. */
    public ApiReader register(String name) throws Exception {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        String created = mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(json.readTree(created).get("id").asString());
        return new ApiReader(id, email, token(email));
    }

    /** A registered reader with complimentary access for years to come (entitled to PREMIUM). */
    public ApiReader entitled(String name) throws Exception {
        ApiReader reader = register(name);
        comps.grant(reader.id(), LocalDate.now().plusYears(5), "Test subscriber", "tests");
        return reader;
    }

    /** A fresh bearer token for the reader (e.g. after a role change). */
    public String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(body);
        return node.get("token").asString();
    }

    /** The session principal of the reader, for page requests. */
    public AccountPrincipal principal(ApiReader reader) {
        return signIn.current(reader.id()).orElseThrow();
    }
}
