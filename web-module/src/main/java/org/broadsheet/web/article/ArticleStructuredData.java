package org.broadsheet.web.article;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds an article's JSON-LD {@code NewsArticle} from its summary and metadata only — never body text — and
 * marks the gated part ({@code .paywall}) so search engines do not take the paywall for cloaking.
 */
@Component
class ArticleStructuredData {

    static final String GATED_PART_SELECTOR = ".paywall";

    /** Everything the JSON-LD is made of; an edit to any of it makes a new key. */
    private record Metadata(String slug, String headline, String summary, Instant publishedAt, Instant updatedAt,
            List<CatalogRef> authors, ArticleImage image, CatalogRef section, AccessLevel level) {

        static Metadata of(ReadableArticle article) {
            return new Metadata(article.slug(), article.headline(), article.summary(), article.publishedAt(),
                    article.updatedAt(), article.authors(), article.image(), article.section(), article.accessLevel());
        }
    }

    private final JsonMapper json;
    private final SiteProperties site;
    /** The JSON-LD of recently shown articles: every view of a story would otherwise write the same JSON again. */
    private final Cache<Metadata, String> written = Caffeine.newBuilder().maximumSize(1024).build();

    ArticleStructuredData(JsonMapper json, SiteProperties site) {
        this.json = json;
        this.site = site;
    }

    /** The JSON-LD text, safe to place inside a {@code <script>} element unescaped. */
    String newsArticle(ReadableArticle article) {
        return written.get(Metadata.of(article), metadata -> write(article));
    }

    private String write(ReadableArticle article) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        root.put("headline", article.headline());
        root.put("description", article.summary());
        root.put("datePublished", iso(article.publishedAt()));
        root.put("dateModified", iso(article.updatedAt() != null ? article.updatedAt() : article.publishedAt()));
        ArrayNode authors = root.putArray("author");
        for (CatalogRef author : article.authors()) {
            ObjectNode person = authors.addObject();
            person.put("@type", "Person");
            person.put("name", author.name());
            person.put("url", site.absolute("/author/" + author.key()));
        }
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", "Broadsheet");
        publisher.put("url", site.absolute("/"));
        ArticleImage image = article.image();
        if (image != null && image.path() != null) {
            root.put("image", imageUrl(image));
        }
        ObjectNode page = root.putObject("mainEntityOfPage");
        page.put("@type", "WebPage");
        page.put("@id", site.absolute("/article/" + article.slug()));
        if (article.section() != null) {
            root.put("articleSection", article.section().name());
        }
        boolean free = article.accessLevel() == AccessLevel.FREE;
        root.put("isAccessibleForFree", free);
        if (!free) {
            ObjectNode part = root.putObject("hasPart");
            part.put("@type", "WebPageElement");
            part.put("isAccessibleForFree", false);
            part.put("cssSelector", GATED_PART_SELECTOR);
        }
        return scriptSafe(json.writeValueAsString(root));
    }

    String imageUrl(ArticleImage image) {
        String path = image.path();
        return path.startsWith("http://") || path.startsWith("https://") ? path : site.absolute(path.startsWith("/") ? path : "/" + path);
    }

    /** Keeps the JSON from closing its script element or opening an HTML comment. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\u0021--");
    }

    private static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
