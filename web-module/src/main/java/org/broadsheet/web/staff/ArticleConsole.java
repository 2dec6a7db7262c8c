package org.broadsheet.web.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.Newsdesk;
import org.broadsheet.web.errors.PageNotFoundException;
import org.broadsheet.web.support.CurrentReaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's article pages for editors: list with filters, the write form, preview and publish. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class ArticleConsole {

    private final ArticleCatalog catalog;
    private final Newsdesk newsdesk;
    private final EditorsDesk desk;
    private final CurrentReaders readers;

    ArticleConsole(ArticleCatalog catalog, Newsdesk newsdesk, EditorsDesk desk, CurrentReaders readers) {
        this.catalog = catalog;
        this.newsdesk = newsdesk;
        this.desk = desk;
        this.readers = readers;
    }

    /** The form as the page shows it: lists as comma-separated keys, paragraphs separated by blank lines. */
    record FormView(String slug, String headline, String summary, String section, String topics, String authors,
                    String editors, String dateline, String accessLevel, String paragraphs, String imagePath,
                    String imageCaption, String imageCredit, String related, boolean published) {

        static FormView empty() {
            return new FormView("", "", "", "", "", "", "", "", "METERED", "", "", "", "", "", false);
        }

        static FormView of(StaffArticle a) {
            return new FormView(a.slug(), a.headline(), a.summary(), a.section().key(), keys(a.topics()), keys(a.authors()),
                    keys(a.editors()), a.dateline() == null ? "" : a.dateline(), a.accessLevel(),
                    String.join("\n\n", a.paragraphs()), a.image() == null ? "" : a.image().path(),
                    a.image() == null || a.image().caption() == null ? "" : a.image().caption(),
                    a.image() == null || a.image().credit() == null ? "" : a.image().credit(),
                    String.join(", ", a.related()), a.published());
        }

        private static String keys(List<org.broadsheet.content.CatalogRef> refs) {
            return refs.stream().map(org.broadsheet.content.CatalogRef::key).collect(Collectors.joining(", "));
        }
    }

    @GetMapping("/staff/articles")
    public String list(@RequestParam(required = false) String section, @RequestParam(required = false) String topic,
                       @RequestParam(required = false) String author, @RequestParam(defaultValue = "all") String status,
                       Model model) {
        ArticleFilter filter = new ArticleFilter(blankToNull(section), blankToNull(topic), blankToNull(author));
        List<ArticleSummary> shown = new ArrayList<>();
        if (!"published".equals(status)) {
            newsdesk.unpublished().stream()
                    .filter(a -> filter.section() == null || a.section().key().equals(filter.section()))
                    .filter(a -> filter.topic() == null || a.topics().stream().anyMatch(t -> t.key().equals(filter.topic())))
                    .filter(a -> filter.author() == null || a.authors().stream().anyMatch(t -> t.key().equals(filter.author())))
                    .forEach(shown::add);
        }
        model.addAttribute("drafts", shown);
        model.addAttribute("published", "drafts".equals(status) ? List.of() : catalog.latest(filter, 0, 100).items());
        model.addAttribute("section", section == null ? "" : section);
        model.addAttribute("topic", topic == null ? "" : topic);
        model.addAttribute("author", author == null ? "" : author);
        model.addAttribute("status", status);
        catalogs(model);
        return "staff/articles";
    }

    @GetMapping("/staff/articles/new")
    public String create(Model model) {
        model.addAttribute("form", FormView.empty());
        model.addAttribute("creating", true);
        catalogs(model);
        return "staff/article-form";
    }

    @GetMapping("/staff/articles/{slug}/edit")
    public String edit(@PathVariable String slug, Model model) {
        StaffArticle article = desk.find(slug).orElseThrow(() -> new PageNotFoundException("No article " + slug));
        model.addAttribute("form", FormView.of(article));
        model.addAttribute("creating", false);
        catalogs(model);
        return "staff/article-form";
    }

    @GetMapping("/staff/articles/{slug}/preview")
    public String preview(@PathVariable String slug, Model model) {
        model.addAttribute("article", desk.find(slug).orElseThrow(() -> new PageNotFoundException("No article " + slug)));
        return "staff/article-preview";
    }

    @PostMapping("/staff/articles")
    public String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        return write(null, params, model, flash);
    }

    @PostMapping("/staff/articles/{slug}")
    public String update(@PathVariable String slug, @RequestParam Map<String, String> params, Model model,
                         RedirectAttributes flash) {
        desk.find(slug).orElseThrow(() -> new PageNotFoundException("No article " + slug));
        return write(slug, params, model, flash);
    }

    private String write(String slug, Map<String, String> p, Model model, RedirectAttributes flash) {
        boolean publish = "true".equals(p.get("publish"));
        ArticleForm form = new ArticleForm(slug != null ? slug : p.get("slug"), p.get("headline"), p.get("summary"),
                p.get("section"), list(p.get("topics")), list(p.get("authors")), list(p.get("editors")), p.get("dateline"),
                p.get("accessLevel"), paragraphs(p.get("paragraphs")), publish, p.get("imagePath"), p.get("imageCaption"),
                p.get("imageCredit"), list(p.get("related")));
        try {
            StaffArticle saved = slug == null ? desk.create(actor(), form) : desk.update(actor(), slug, form);
            flash.addFlashAttribute("staffNotice", saved.published() ? "Published." : "Saved; not on the site.");
            return "redirect:/staff/articles/" + saved.slug() + "/edit";
        } catch (StaffExceptions.InvalidInput | StaffExceptions.NotApplicable e) {
            model.addAttribute("staffError", "Not saved: " + (e instanceof StaffExceptions.InvalidInput invalid
                    ? String.join("; ", invalid.problems().stream().map(x -> x.field() + " " + x.message()).toList())
                    : e.getMessage()));
            model.addAttribute("form", new FormView(form.slug() == null ? "" : form.slug(), nz(p.get("headline")), nz(p.get("summary")),
                    nz(p.get("section")), nz(p.get("topics")), nz(p.get("authors")), nz(p.get("editors")), nz(p.get("dateline")),
                    nz(p.get("accessLevel")), nz(p.get("paragraphs")), nz(p.get("imagePath")), nz(p.get("imageCaption")),
                    nz(p.get("imageCredit")), nz(p.get("related")), false));
            model.addAttribute("creating", slug == null);
            catalogs(model);
            return "staff/article-form";
        }
    }

    private void catalogs(Model model) {
        model.addAttribute("sections", catalog.sections());
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("authors", catalog.authors());
        model.addAttribute("levels", Arrays.stream(AccessLevel.values()).map(Enum::name).toList());
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private StaffActor actor() {
        return readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
    }
}
