package org.broadsheet.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata that IDEs read: each module's {@code META-INF/spring-configuration-metadata.json}
 * (generated from the properties records' Javadoc, plus the additional file for {@code @Value} settings)
 * explains every property, and every {@code broadsheet.*} setting of application.yml is among them.
 */
class ConfigurationMetadataUnitTests {

    private static final List<String> MODULES = List.of("content-module", "billing-module", "auth-module", "web-module");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void describesEveryPropertyOfEveryModule() throws Exception {
        Map<String, JsonNode> metadata = moduleMetadata();
        assertThat(metadata.keySet()).containsExactlyInAnyOrderElementsOf(MODULES);

        SoftAssertions softly = new SoftAssertions();
        metadata.forEach((module, doc) -> {
            softly.assertThat(doc.get("properties").size()).as("properties of %s", module).isPositive();
            for (JsonNode property : doc.get("properties")) {
                JsonNode description = property.get("description");
                softly.assertThat(description == null ? "" : description.asString())
                        .as("description of %s in %s", property.get("name").asString(), module)
                        .isNotBlank().doesNotContain("{@");
            }
        });
        softly.assertAll();
    }

    @Test
    void documentsEveryBroadsheetSettingOfTheApplication() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (JsonNode doc : moduleMetadata().values()) {
            doc.get("properties").forEach(property -> documented.add(property.get("name").asString()));
        }
        Map<String, Object> yaml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            yaml = new Yaml().load(in);
        }
        List<String> settings = new ArrayList<>();
        flatten("broadsheet", yaml.get("broadsheet"), settings);

        assertThat(settings).isNotEmpty();
        assertThat(documented).containsAll(settings).contains("broadsheet.billing.provider", "broadsheet.paywall.meter-anonymous",
                "broadsheet.auth.token-ttl", "broadsheet.auth.remember-me-key", "broadsheet.base-url");
    }

    /** The generated metadata of each of the project's modules, by module. */
    private Map<String, JsonNode> moduleMetadata() throws Exception {
        Map<String, JsonNode> found = new TreeMap<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            String location = url.toString();
            for (String module : MODULES) {
                if (location.contains("/" + module + "/") || location.contains("/" + module + "-")) {
                    try (InputStream in = url.openStream()) {
                        assertThat(found.put(module, json.readTree(in))).as("one metadata file of %s", module).isNull();
                    }
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, List<String> into) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, child) -> flatten(prefix + "." + key, child, into));
        } else {
            into.add(prefix);
        }
    }
}
