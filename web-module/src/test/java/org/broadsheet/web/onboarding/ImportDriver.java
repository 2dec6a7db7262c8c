package org.broadsheet.web.onboarding;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.web.ApiReaders;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives imports through the staff API as real staff members with real tokens, and reads their reports. */
@TestComponent
class ImportDriver {

    private final MockMvc mvc;
    private final ApiReaders readers;
    private final ReaderAccounts accounts;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportDriver(MockMvc mvc, ApiReaders readers, ReaderAccounts accounts) {
        this.mvc = mvc;
        this.readers = readers;
        this.accounts = accounts;
    }

    /** A report line as the CSV gives it. */
    record Line(int line, String item, String outcome, String note) {
    }

    /** A person holding {@code role} (READER: a plain reader), with a fresh bearer token. */
    ApiReaders.ApiReader staff(Role role) throws Exception {
        ApiReaders.ApiReader person = readers.register("Staff " + role.name().toLowerCase());
        if (role == Role.READER) {
            return person;
        }
        accounts.setRoles(person.id(), Set.of(role));
        return new ApiReaders.ApiReader(person.id(), person.email(), readers.token(person.email()));
    }

    UUID startReaders(ApiReaders.ApiReader admin, String csv, boolean invite) throws Exception {
        String body = mvc.perform(post("/api/v1/staff/imports/readers").header("Authorization", admin.bearer())
                        .contentType("text/csv").param("reason", "Moving the publisher in").param("invite", String.valueOf(invite))
                        .content(csv))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    UUID startArticles(ApiReaders.ApiReader editor, String contentType, String input) throws Exception {
        String body = mvc.perform(post("/api/v1/staff/imports/articles").header("Authorization", editor.bearer())
                        .contentType(MediaType.parseMediaType(contentType)).param("reason", "Moving the archive in")
                        .content(input))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    JsonNode job(ApiReaders.ApiReader staff, UUID id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/staff/imports/{id}", id).header("Authorization", staff.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Waits until the job has finished and answers its final state; fails when it did not complete. */
    JsonNode completed(ApiReaders.ApiReader staff, UUID id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = job(staff, id);
            return last[0].get("finished").asBoolean();
        });
        if (!"COMPLETED".equals(last[0].get("status").asString())) {
            throw new AssertionError("Import did not complete: " + last[0]);
        }
        return last[0];
    }

    List<Line> report(ApiReaders.ApiReader staff, UUID id) throws Exception {
        String csv = mvc.perform(get("/api/v1/staff/imports/{id}/report", id).header("Authorization", staff.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        return records.stream().map(r -> new Line(Integer.parseInt(r.get("line")), r.get("item"), r.get("outcome"),
                r.get("note"))).toList();
    }
}
