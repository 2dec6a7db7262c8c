package org.broadsheet.web.reader;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Merges every {@link ExportPart} into the one document a reader downloads. */
@Component
class ReaderExports {

    private final List<ExportPart> parts;
    private final ObjectProvider<Clock> clocks;

    ReaderExports(List<ExportPart> parts, ObjectProvider<Clock> clocks) {
        this.parts = parts;
        this.clocks = clocks;
    }

    Map<String, Object> exportFor(UUID accountId) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("accountId", accountId);
        document.put("exportedAt", clocks.getIfAvailable(Clock::systemUTC).instant());
        for (ExportPart part : parts) {
            if (document.containsKey(part.key())) {
                throw new IllegalStateException("Two export parts share the key " + part.key());
            }
            document.put(part.key(), part.exportFor(accountId));
        }
        return document;
    }
}
