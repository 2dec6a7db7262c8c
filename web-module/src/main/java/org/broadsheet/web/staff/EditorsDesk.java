package org.broadsheet.web.staff;

import java.time.Clock;
import java.time.Instant;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.FiledArticle;
import org.broadsheet.content.Newsdesk;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Editors' writes through content's Newsdesk: checks the form, files or publishes, and audits it. */
@Service
class EditorsDesk {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Newsdesk newsdesk;
    private final ArticleCatalog catalog;
    private final StaffAudit audit;
    private final ObjectProvider<Clock> clocks;

    EditorsDesk(Newsdesk newsdesk, ArticleCatalog catalog, StaffAudit audit, ObjectProvider<Clock> clocks) {
        this.newsdesk = newsdesk;
        this.catalog = catalog;
        this.audit = audit;
        this.clocks = clocks;
    }

    Optional<StaffArticle> find(String slug) {
        return newsdesk.filed(slug).map(this::view);
    }

    /** Creates a new article; {@link StaffExceptions.NotApplicable} when its slug is taken. */
    StaffArticle create(StaffActor actor, ArticleForm form) {
        String slug = form.slug() == null || form.slug().isBlank() ? slugOf(form.headline()) : form.slug().trim();
        List<StaffExceptions.Problem> problems = problems(form, slug);
        if (!problems.isEmpty()) {
            throw new StaffExceptions.InvalidInput(problems);
        }
        if (newsdesk.filed(slug).isPresent()) {
            throw new StaffExceptions.NotApplicable("An article with the slug " + slug + " already exists.");
        }
        return save(actor, slug, form, null, "article-create");
    }

    /** Rewrites an existing article; {@link StaffExceptions.UnknownArticle} when there is none. */
    StaffArticle update(StaffActor actor, String slug, ArticleForm form) {
        FiledArticle existing = newsdesk.filed(slug).orElseThrow(() -> new StaffExceptions.UnknownArticle(slug));
        List<StaffExceptions.Problem> problems = problems(form, slug);
        if (!problems.isEmpty()) {
            throw new StaffExceptions.InvalidInput(problems);
        }
        return save(actor, slug, form, existing, "article-update");
    }

    private StaffArticle save(StaffActor actor, String slug, ArticleForm form, FiledArticle existing, String action) {
        Instant now = clocks.getIfAvailable(Clock::systemUTC).instant();
        boolean publish = Boolean.TRUE.equals(form.publish());
        // an article keeps its first publication time; rewrites show as updates
        Instant publishedAt = existing != null && existing.published() ? existing.draft().publishedAt() : now;
        Instant updatedAt = existing != null && existing.published() ? now : publishedAt;
        ArticleImage image = blank(form.imagePath()) ? null
                : new ArticleImage(form.imagePath().trim(), trimOrNull(form.imageCaption()), trimOrNull(form.imageCredit()));
        ArticleDraft draft = new ArticleDraft(slug, form.headline().trim(), form.summary().trim(), form.section().trim(),
                keys(form.topics()), keys(form.authors()), keys(form.editors()), trimOrNull(form.dateline()), publishedAt,
                updatedAt, AccessLevel.valueOf(form.accessLevel().trim().toUpperCase(Locale.ROOT)), image, null,
                form.paragraphs().stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList());
        newsdesk.file(draft, publish);
        if (form.related() != null) {
            newsdesk.relate(slug, keys(form.related()));
        }
        StaffArticle saved = find(slug).orElseThrow();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("slug", slug);
        audit.record(actor, action, null, publish ? "published" : "saved without publishing",
                existing == null ? null : summary(view(existing)), summary(saved), extra);
        return saved;
    }

    private static Map<String, Object> summary(StaffArticle article) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("headline", article.headline());
        summary.put("accessLevel", article.accessLevel());
        summary.put("section", article.section() == null ? null : article.section().key());
        summary.put("published", article.published());
        return summary;
    }

    private List<StaffExceptions.Problem> problems(ArticleForm form, String slug) {
        List<StaffExceptions.Problem> problems = new ArrayList<>();
        if (slug == null || slug.length() > 200 || !SLUG.matcher(slug).matches()) {
            problems.add(new StaffExceptions.Problem("slug", "must be lower-case letters, digits and single hyphens, at most 200"));
        }
        if (blank(form.headline()) || form.headline().trim().length() > 300) {
            problems.add(new StaffExceptions.Problem("headline", "is required, at most 300 characters"));
        }
        if (blank(form.summary()) || form.summary().trim().length() > 1000) {
            problems.add(new StaffExceptions.Problem("summary", "is required, at most 1000 characters"));
        }
        if (blank(form.section())) {
            problems.add(new StaffExceptions.Problem("section", "is required"));
        } else if (catalog.section(form.section().trim()).isEmpty()) {
            problems.add(new StaffExceptions.Problem("section", "unknown section " + form.section()));
        }
        for (String topic : keys(form.topics())) {
            if (catalog.topic(topic).isEmpty()) {
                problems.add(new StaffExceptions.Problem("topics", "unknown topic " + topic));
            }
        }
        for (String author : keys(form.authors())) {
            if (catalog.author(author).isEmpty()) {
                problems.add(new StaffExceptions.Problem("authors", "unknown author " + author));
            }
        }
        for (String editor : keys(form.editors())) {
            if (catalog.author(editor).isEmpty()) {
                problems.add(new StaffExceptions.Problem("editors", "unknown editor " + editor));
            }
        }
        if (blank(form.accessLevel())) {
            problems.add(new StaffExceptions.Problem("accessLevel", "is required: FREE, METERED, REGISTERED or PREMIUM"));
        } else {
            try {
                AccessLevel.valueOf(form.accessLevel().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new StaffExceptions.Problem("accessLevel", "must be FREE, METERED, REGISTERED or PREMIUM"));
            }
        }
        if (form.paragraphs() == null || form.paragraphs().stream().allMatch(EditorsDesk::blank)) {
            problems.add(new StaffExceptions.Problem("paragraphs", "needs at least one paragraph"));
        }
        return problems;
    }

    StaffArticle view(FiledArticle filed) {
        ArticleDraft d = filed.draft();
        return new StaffArticle(d.slug(), d.headline(), d.summary(), catalog.section(d.section()).orElse(new CatalogRef(d.section(), d.section())),
                d.topics().stream().map(k -> catalog.topic(k).orElse(new CatalogRef(k, k))).toList(),
                d.authors().stream().map(k -> catalog.author(k).orElse(new CatalogRef(k, k))).toList(),
                d.editors() == null ? List.of() : d.editors().stream().map(k -> catalog.author(k).orElse(new CatalogRef(k, k))).toList(),
                d.dateline(), d.accessLevel().name(), d.paragraphs(), filed.published(), d.publishedAt(), d.updatedAt(),
                d.image() == null ? null : new StaffArticle.Image(d.image().path(), d.image().caption(), d.image().credit()),
                filed.related());
    }

    static String slugOf(String headline) {
        if (headline == null) {
            return null;
        }
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-$", "") : slug;
    }

    private static List<String> keys(List<String> keys) {
        return keys == null ? List.of() : keys.stream().filter(k -> !blank(k)).map(String::trim).distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimOrNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
