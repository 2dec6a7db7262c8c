package org.broadsheet.web.onboarding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.FiledArticle;
import org.broadsheet.content.Newsdesk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles from an RSS or Atom feed (through Rome) or a JSON export: bodies sanitized into paragraphs, missing
 * sections, topics and authors created, slugs kept (given, or made of the headline) so importing again rewrites the
 * same article instead of adding another. Everything is filed through content's {@link Newsdesk}.
 */
@Component
class ArticleImport implements ImportWork<ArticleImport.ArticleLine> {

    static final String FORMAT = "format";
    static final String SECTION = "section";
    static final String DEFAULT_SECTION = "news";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Newsdesk newsdesk;
    private final ArticleCatalog catalog;
    private final ImportedArticleAccess access;
    private final ObjectProvider<Clock> clocks;
    private final JsonMapper json = JsonMapper.builder().build();

    ArticleImport(Newsdesk newsdesk, ArticleCatalog catalog, ImportedArticleAccess access, ObjectProvider<Clock> clocks) {
        this.newsdesk = newsdesk;
        this.catalog = catalog;
        this.access = access;
        this.clocks = clocks;
    }

    /** A section, topic or author by key, with the name it gets when it has to be created. */
    record Ref(String key, String name) {
    }

    /** A checked article; {@code publishedAt}, {@code image} and {@code exportedLevel} may be null. */
    record ArticleLine(String slug, String headline, String summary, List<String> paragraphs, Ref section,
                       List<Ref> topics, List<Ref> authors, Instant publishedAt, ArticleImage image,
                       AccessLevel exportedLevel) {
    }

    /** An article as read from the input, before checks; anything may be null. */
    private record Raw(String slug, String headline, String summary, String bodyHtml, String section,
                       List<String> topics, List<String> authors, String published, String image, String imageCaption,
                       String imageCredit, String accessLevel) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ARTICLES;
    }

    /** Reads the input without importing anything: how many articles it has. @throws InvalidImport when unreadable */
    int check(String input, Map<String, String> options) {
        return raw(input, options).size();
    }

    @Override
    public List<ImportRow<ArticleLine>> rows(String input, Map<String, String> options) {
        List<Raw> raws = raw(input, options);
        Ref defaultSection = ref(options.getOrDefault(SECTION, DEFAULT_SECTION));
        List<ImportRow<ArticleLine>> rows = new ArrayList<>(raws.size());
        Map<String, Integer> lineOfSlug = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            ImportRow<ArticleLine> row = check(i + 1, raws.get(i), defaultSection);
            if (row.payload() != null) {
                Integer first = lineOfSlug.putIfAbsent(row.payload().slug(), row.line());
                if (first != null) {
                    row = ImportRow.rejected(row.line(), row.item(), "duplicate slug of line " + first);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private List<Raw> raw(String input, Map<String, String> options) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        String format = options.getOrDefault(FORMAT, "auto");
        String start = text.stripLeading();
        boolean isJson = format.equals("json") || (format.equals("auto") && (start.startsWith("{") || start.startsWith("[")));
        return isJson ? fromJson(text) : fromFeed(text);
    }

    private List<Raw> fromJson(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (RuntimeException e) {
            throw new InvalidImport("The JSON export cannot be read: " + e.getMessage(), e);
        }
        JsonNode items = root.isArray() ? root : root.has("articles") ? root.get("articles") : root.get("items");
        if (items == null || !items.isArray()) {
            throw new InvalidImport("The JSON export must be an array of articles, or an object with an \"articles\" array.");
        }
        List<Raw> raws = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode image = first(item, "image", "imageUrl", "image_url");
            String imageUrl = image == null ? null : image.isObject() ? string(first(image, "url", "src", "path")) : string(image);
            raws.add(new Raw(string(first(item, "slug")), string(first(item, "headline", "title")),
                    string(first(item, "summary", "standfirst", "description")),
                    string(first(item, "bodyHtml", "body_html", "body", "html", "content")),
                    name(first(item, "section")), names(first(item, "topics", "tags")),
                    names(first(item, "authors", "author", "byline")),
                    string(first(item, "publishedAt", "published_at", "published", "publishedTime", "date")),
                    imageUrl, image != null && image.isObject() ? string(first(image, "caption", "alt")) : null,
                    image != null && image.isObject() ? string(first(image, "credit")) : null,
                    string(first(item, "accessLevel", "access_level", "access"))));
        }
        return raws;
    }

    private static List<Raw> fromFeed(String text) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new InvalidImport("The file is neither a JSON export nor an RSS or Atom feed that can be read: "
                    + e.getMessage(), e);
        }
        List<Raw> raws = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String body = entry.getContents().stream().map(SyndContent::getValue).filter(Objects::nonNull)
                    .reduce((a, b) -> a + b).orElse(null);
            String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
            List<String> authors = new ArrayList<>();
            entry.getAuthors().stream().map(SyndPerson::getName).filter(Objects::nonNull).forEach(authors::add);
            if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
                authors.add(entry.getAuthor());
            }
            String image = entry.getEnclosures().stream()
                    .filter(e -> e.getType() != null && e.getType().startsWith("image/"))
                    .map(SyndEnclosure::getUrl).findFirst().orElse(null);
            Instant published = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
                    : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : null;
            raws.add(new Raw(null, entry.getTitle(), body == null ? null : description, body == null ? description : body,
                    null, entry.getCategories().stream().map(SyndCategory::getName).filter(Objects::nonNull).toList(),
                    authors, published == null ? null : published.toString(), image, null, null, null));
        }
        return raws;
    }

    private ImportRow<ArticleLine> check(int line, Raw raw, Ref defaultSection) {
        List<String> problems = new ArrayList<>();
        String headline = ArticleHtml.text(raw.headline());
        String slug = raw.slug() != null ? raw.slug().strip() : slugOf(headline, 120);
        String item = slug.isEmpty() ? headline : slug;
        if (headline.isEmpty()) {
            problems.add("no headline");
        } else if (headline.length() > 300) {
            problems.add("headline longer than 300 characters");
        }
        if (raw.slug() != null && (!SLUG.matcher(slug).matches() || slug.length() > 200)) {
            problems.add("bad slug \"" + raw.slug() + "\" (lower-case letters, digits and dashes)");
        } else if (slug.isEmpty() && !headline.isEmpty()) {
            problems.add("no slug can be made of the headline");
        }
        List<String> paragraphs = ArticleHtml.paragraphs(raw.bodyHtml());
        if (paragraphs.isEmpty()) {
            problems.add("no body text");
        }
        Instant published = null;
        if (raw.published() != null) {
            published = instant(raw.published());
            if (published == null) {
                problems.add("bad published time \"" + raw.published() + "\" (use ISO 8601, e.g. 2024-05-01T08:00:00Z)");
            }
        }
        AccessLevel level = null;
        if (raw.accessLevel() != null) {
            try {
                level = AccessLevel.valueOf(raw.accessLevel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("unknown access level \"" + raw.accessLevel() + "\"");
            }
        }
        ArticleImage image = null;
        if (raw.image() != null) {
            String path = raw.image().strip();
            if (!(path.startsWith("https://") || path.startsWith("http://") || path.startsWith("/")) || path.length() > 300) {
                problems.add("bad image URL \"" + raw.image() + "\"");
            } else {
                image = new ArticleImage(path, clip(ArticleHtml.text(raw.imageCaption()), 600),
                        clip(ArticleHtml.text(raw.imageCredit()), 200));
            }
        }
        if (!problems.isEmpty()) {
            return ImportRow.rejected(line, item, String.join("; ", problems));
        }
        String summaryText = ArticleHtml.text(raw.summary());
        String summary = clip(summaryText.isEmpty() ? paragraphs.get(0) : summaryText, 1000);
        Ref section = raw.section() == null || raw.section().isBlank() ? defaultSection : ref(raw.section());
        List<Ref> topics = refs(raw.topics());
        List<Ref> authors = refs(raw.authors());
        return ImportRow.of(line, item, new ArticleLine(slug, headline, summary, paragraphs, section, topics, authors,
                published, image, level));
    }

    @Override
    public RowResult apply(ArticleLine line, ImportJob job) {
        List<String> created = new ArrayList<>();
        if (catalog.section(line.section().key()).isEmpty()) {
            newsdesk.fileSection(line.section().key(), line.section().name(), 100 + catalog.sections().size());
            created.add("section " + line.section().key());
        }
        for (Ref topic : line.topics()) {
            if (catalog.topic(topic.key()).isEmpty()) {
                newsdesk.fileTopic(topic.key(), topic.name());
                created.add("topic " + topic.key());
            }
        }
        for (Ref author : line.authors()) {
            if (catalog.author(author.key()).isEmpty()) {
                newsdesk.fileAuthor(author.key(), author.name(), null);
                created.add("author " + author.key());
            }
        }
        Optional<FiledArticle> filed = newsdesk.filed(line.slug());
        Instant published = line.publishedAt() != null ? line.publishedAt()
                : filed.map(f -> f.draft().publishedAt()).orElseGet(() -> clocks.getIfAvailable(Clock::systemUTC).instant());
        ArticleDraft draft = new ArticleDraft(line.slug(), line.headline(), line.summary(), line.section().key(),
                line.topics().stream().map(Ref::key).toList(), line.authors().stream().map(Ref::key).toList(), null, null,
                published, null, access.levelFor(line.section().key(), line.exportedLevel()), line.image(), null,
                line.paragraphs());
        if (filed.isPresent() && filed.get().published() && same(filed.get().draft(), draft)) {
            return new RowResult(ImportOutcome.UNCHANGED, "");
        }
        newsdesk.file(draft, true);
        String note = line.paragraphs().size() + " paragraphs, " + draft.accessLevel()
                + (created.isEmpty() ? "" : "; created " + String.join(", ", created));
        return new RowResult(filed.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.IMPORTED, note);
    }

    private static boolean same(ArticleDraft a, ArticleDraft b) {
        return a.headline().equals(b.headline()) && a.summary().equals(b.summary()) && a.section().equals(b.section())
                && a.topics().equals(b.topics()) && a.authors().equals(b.authors())
                && a.publishedAt().toEpochMilli() == b.publishedAt().toEpochMilli() && a.accessLevel() == b.accessLevel()
                && Objects.equals(a.image(), b.image()) && a.paragraphs().equals(b.paragraphs());
    }

    /** A lower-case, dash-separated key of at most {@code max} characters; accents dropped. */
    static String slugOf(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > max) {
            plain = plain.substring(0, max).replaceAll("-+$", "");
        }
        return plain;
    }

    private static Ref ref(String name) {
        String clean = ArticleHtml.text(name);
        return new Ref(slugOf(clean, 64), clip(clean, 120));
    }

    private static List<Ref> refs(List<String> names) {
        Map<String, Ref> unique = new LinkedHashMap<>();
        for (String name : names == null ? List.<String>of() : names) {
            Ref ref = ref(name);
            if (!ref.key().isEmpty()) {
                unique.putIfAbsent(ref.key(), ref);
            }
        }
        return List.copyOf(unique.values());
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String clip(String value, int max) {
        if (value == null || value.isEmpty()) {
            return value == null || value.isEmpty() ? null : value;
        }
        if (value.length() <= max) {
            return value;
        }
        int cut = value.lastIndexOf(' ', max - 1);
        return value.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static String string(JsonNode node) {
        return node == null || node.isNull() || node.isContainer() ? null : node.asString();
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? string(first(node, "name", "key", "title")) : string(node);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String name = name(element);
                if (name != null) {
                    names.add(name);
                }
            }
        } else {
            String name = name(node);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
