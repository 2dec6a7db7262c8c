package org.broadsheet.web.alert;

import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.ReaderAlerts;
import org.broadsheet.web.reader.ExportPart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The alerts' share of a reader's data export (erased with content's reader data). */
@Configuration(proxyBeanMethods = false)
class AlertReaderData {

    @Bean
    @Order(31)
    ExportPart alertsExport(ReaderAlerts alerts) {
        return new ExportPart() {
            @Override
            public String key() {
                return "alerts";
            }

            @Override
            public Object exportFor(UUID accountId) {
                return Map.of("emailAlerts", alerts.emailAlerts(accountId), "items", alerts.list(accountId, 200));
            }
        };
    }
}
