package org.broadsheet.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticlePage;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.web.errors.PageNotFoundException;
import org.broadsheet.web.support.PageMeta;
import org.broadsheet.web.support.SharedPages;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page and the section, topic and author pages: headlines and summaries, never body text. */
@Controller
class ListingPages {

    static final int PAGE_SIZE = 20;
    static final int HOME_LATEST = 12;
    static final int HOME_PER_SECTION = 4;

    private final ArticleCatalog catalog;
    private final SiteProperties site;

    ListingPages(ArticleCatalog catalog, SiteProperties site) {
        this.catalog = catalog;
        this.site = site;
    }

    @GetMapping("/")
    String home(Model model) {
        List<ArticleSummary> latest = catalog.latest(ArticleFilter.all(), 0, HOME_LATEST + 1).items();
        List<SectionBlock> blocks = new ArrayList<>();
        for (CatalogRef section : catalog.sections()) {
            List<ArticleSummary> items = catalog.latest(new ArticleFilter(section.key(), null, null), 0, HOME_PER_SECTION).items();
            if (!items.isEmpty()) {
                blocks.add(new SectionBlock(section, items));
            }
        }
        model.addAttribute("lead", latest.isEmpty() ? null : latest.get(0));
        model.addAttribute("latest", latest.size() > 1 ? latest.subList(1, latest.size()) : List.of());
        model.addAttribute("sectionBlocks", blocks);
        model.addAttribute("pageMeta", PageMeta.website("Broadsheet",
                "Independent journalism, funded by readers.", site.absolute("/")));
        return SharedPages.view("article/home");
    }

    @GetMapping("/section/{key}")
    String section(@PathVariable String key, @RequestParam(defaultValue = "0") int page, Model model) {
        CatalogRef section = found(catalog.section(key), "section", key);
        return listing(model, "Section", section, "/section/" + section.key(),
                new ArticleFilter(section.key(), null, null), page);
    }

    @GetMapping("/topic/{key}")
    String topic(@PathVariable String key, @RequestParam(defaultValue = "0") int page, Model model) {
        CatalogRef topic = found(catalog.topic(key), "topic", key);
        return listing(model, "Topic", topic, "/topic/" + topic.key(), new ArticleFilter(null, topic.key(), null), page);
    }

    @GetMapping("/author/{key}")
    String author(@PathVariable String key, @RequestParam(defaultValue = "0") int page, Model model) {
        CatalogRef author = found(catalog.author(key), "author", key);
        return listing(model, "Author", author, "/author/" + author.key(), new ArticleFilter(null, null, author.key()), page);
    }

    private String listing(Model model, String kind, CatalogRef ref, String path, ArticleFilter filter, int page) {
        int pageNumber = Math.max(0, page);
        ArticlePage articles = catalog.latest(filter, pageNumber, PAGE_SIZE);
        model.addAttribute("kind", kind);
        model.addAttribute("ref", ref);
        model.addAttribute("path", path);
        model.addAttribute("articles", articles.items());
        model.addAttribute("page", pageNumber);
        model.addAttribute("newerPage", pageNumber > 0 ? pageNumber - 1 : null);
        model.addAttribute("olderPage", (long) (pageNumber + 1) * PAGE_SIZE < articles.total() ? pageNumber + 1 : null);
        model.addAttribute("feedUrl", "Section".equals(kind) ? path + "/rss.xml" : null);
        model.addAttribute("pageMeta", PageMeta.website(ref.name(), kind + ": " + ref.name() + " on Broadsheet",
                site.absolute(path)));
        return SharedPages.view("article/listing");
    }

    private static CatalogRef found(Optional<CatalogRef> ref, String kind, String key) {
        return ref.orElseThrow(() -> new PageNotFoundException("No " + kind + " " + key));
    }

    /** A section's latest headlines on the home page. */
    record SectionBlock(CatalogRef section, List<ArticleSummary> articles) {
    }
}
