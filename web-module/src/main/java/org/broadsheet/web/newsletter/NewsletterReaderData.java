package org.broadsheet.web.newsletter;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.NewsletterEditions;
import org.broadsheet.content.Newsletters;
import org.broadsheet.web.reader.ExportPart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The newsletters' share of a reader's data export: the chosen newsletters and the editions received (erased with content's reader data). */
@Configuration(proxyBeanMethods = false)
class NewsletterReaderData {

    record ReceivedEdition(String newsletter, Instant slot) {
    }

    @Bean
    @Order(30)
    ExportPart newslettersExport(Newsletters newsletters, NewsletterEditions editions) {
        return new ExportPart() {
            @Override
            public String key() {
                return "newsletters";
            }

            @Override
            public Object exportFor(UUID accountId) {
                return Map.of("subscribed", newsletters.choicesOf(accountId),
                        "received", editions.receivedBy(accountId).stream()
                                .map(e -> new ReceivedEdition(e.newsletterKey(), e.slot())).toList());
            }
        };
    }
}
