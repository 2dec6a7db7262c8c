package org.broadsheet.web.staff;

import java.time.Instant;
import java.util.List;

import org.broadsheet.content.CatalogRef;

/** An article as the staff API answers it: the whole filed text, published or not. */
record StaffArticle(String slug, String headline, String summary, CatalogRef section, List<CatalogRef> topics,
                    List<CatalogRef> authors, List<CatalogRef> editors, String dateline, String accessLevel,
                    List<String> paragraphs, boolean published, Instant publishedAt, Instant updatedAt, Image image,
                    List<String> related) {

    record Image(String path, String caption, String credit) {
    }
}
