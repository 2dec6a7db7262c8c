package org.broadsheet.web.article;

import java.util.List;

import org.broadsheet.content.CatalogRef;

/** A section, topic, author or editor in the API: {@code {"key","name"}}. */
record RefResponse(String key, String name) {

    static RefResponse of(CatalogRef ref) {
        return ref == null ? null : new RefResponse(ref.key(), ref.name());
    }

    static List<RefResponse> all(List<CatalogRef> refs) {
        return refs == null ? List.of() : refs.stream().map(RefResponse::of).toList();
    }
}
