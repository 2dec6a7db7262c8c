package org.broadsheet.web.staff;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.LocalCheckouts;
import org.broadsheet.web.account.Readers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object mother for real people in staff tests: accounts registered through the API, roles set through auth's
 * {@link ReaderAccounts}, bearer tokens issued by {@code POST /api/v1/auth/token}; no test principals.
 */
@TestComponent
class StaffPeople {

    private final ReaderAccounts accounts;
    private final CheckoutSessions checkouts;
    private final LocalCheckouts localCheckouts;
    private final JsonMapper json = JsonMapper.builder().build();

    StaffPeople(ReaderAccounts accounts, CheckoutSessions checkouts, LocalCheckouts localCheckouts) {
        this.accounts = accounts;
        this.checkouts = checkouts;
        this.localCheckouts = localCheckouts;
    }

    /** Someone with an account and a live token. */
    record Person(UUID id, String email, String token) {

        String bearer() {
            return "Bearer " + token;
        }
    }

    /** A reader, or a staff member holding {@code role} (READER means a plain reader). */
    Person register(MockMvc mvc, Role role) throws Exception {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        mvc.perform(post("/api/v1/auth/register").with(Readers.fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(Readers.registerJson(email, Readers.PASSWORD, "Person " + role.name().toLowerCase())))
                .andExpect(status().isCreated());
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        if (role != Role.READER) {
            accounts.setRoles(id, Set.of(role));
        }
        return new Person(id, email, token(mvc, email));
    }

    /** A fresh token, or fails the test when sign-in is refused. */
    String token(MockMvc mvc, String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").with(Readers.fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(Readers.credentialsJson(email, Readers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asString();
    }

    /** Starts the reader's free trial through the local checkout. */
    void startTrial(Person reader) {
        String url = checkouts.start(reader.id(), reader.email(), "monthly").url();
        String sessionId = url.substring(url.lastIndexOf('/') + 1);
        localCheckouts.pay(sessionId, reader.id(), "4242424242424242", "12/34", "123");
    }
}
