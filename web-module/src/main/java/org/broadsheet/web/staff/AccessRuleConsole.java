package org.broadsheet.web.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessPreview;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ContentProperties;
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

/** The console's access rules page: the precedence, every rule, the rule form and the decision preview. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class AccessRuleConsole {

    private final AccessRuleDesk desk;
    private final ArticleCatalog catalog;
    private final CurrentReaders readers;
    private final ContentProperties content;

    AccessRuleConsole(AccessRuleDesk desk, ArticleCatalog catalog, CurrentReaders readers, ContentProperties content) {
        this.desk = desk;
        this.catalog = catalog;
        this.readers = readers;
        this.content = content;
    }

    /** The rule form as the page fills it. */
    record FormView(String id, String kind, String name, String section, String topic, String article, String level,
                    String levelBefore, String days, boolean notCounted, String anonymousLimit, String registeredLimit,
                    String startsAt, String endsAt) {

        static FormView empty() {
            return new FormView("", "SECTION_DEFAULT", "", "", "", "", "", "", "", false, "", "", "", "");
        }
    }

    /** The preview box: the inputs and, once run, the answer. */
    record PreviewView(String slug, String reader, String at, AccessPreview result, boolean notFound) {
    }

    @GetMapping("/staff/access-rules")
    public String list(@RequestParam(required = false) String slug, @RequestParam(required = false) String reader,
                       @RequestParam(required = false) String at, Model model) {
        PreviewView preview = new PreviewView(slug == null ? "" : slug, reader == null ? "ANONYMOUS" : reader,
                at == null ? "" : at, null, false);
        if (slug != null && !slug.isBlank()) {
            try {
                var result = desk.preview(slug, reader, at);
                preview = new PreviewView(slug, preview.reader(), preview.at(), result.orElse(null), result.isEmpty());
            } catch (StaffExceptions.InvalidInput invalid) {
                model.addAttribute("staffError", invalid.getMessage());
            }
        }
        model.addAttribute("preview", preview);
        return page(model, FormView.empty(), false);
    }

    @GetMapping("/staff/access-rules/{id}/edit")
    public String edit(@PathVariable UUID id, Model model) {
        StaffAccessRule rule = desk.find(id).orElseThrow(() -> new PageNotFoundException("No access rule " + id));
        model.addAttribute("preview", new PreviewView("", "ANONYMOUS", "", null, false));
        return page(model, new FormView(rule.id().toString(), rule.kind(), rule.name(), text(rule.section()),
                text(rule.topic()), text(rule.article()), text(rule.level()), text(rule.levelBefore()),
                rule.days() == null ? "" : rule.days().toString(), Boolean.FALSE.equals(rule.counted()),
                rule.anonymousLimit() == null ? "" : rule.anonymousLimit().toString(),
                rule.registeredLimit() == null ? "" : rule.registeredLimit().toString(), desk.local(rule.startsAt()),
                desk.local(rule.endsAt())), true);
    }

    @PostMapping("/staff/access-rules")
    public String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        try {
            StaffAccessRule rule = desk.create(actor(), form(params));
            flash.addFlashAttribute("staffNotice", "Rule \u201c" + rule.name() + "\u201d created; in force now.");
            return "redirect:/staff/access-rules";
        } catch (StaffExceptions.InvalidInput invalid) {
            model.addAttribute("staffError", invalid.getMessage());
            model.addAttribute("preview", new PreviewView("", "ANONYMOUS", "", null, false));
            return page(model, formView("", params), false);
        }
    }

    @PostMapping("/staff/access-rules/{id}")
    public String update(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                         RedirectAttributes flash) {
        desk.find(id).orElseThrow(() -> new PageNotFoundException("No access rule " + id));
        try {
            StaffAccessRule rule = desk.update(actor(), id, form(params));
            flash.addFlashAttribute("staffNotice", "Rule \u201c" + rule.name() + "\u201d saved; in force now.");
            return "redirect:/staff/access-rules";
        } catch (StaffExceptions.InvalidInput invalid) {
            model.addAttribute("staffError", invalid.getMessage());
            model.addAttribute("preview", new PreviewView("", "ANONYMOUS", "", null, false));
            return page(model, formView(id.toString(), params), true);
        }
    }

    @PostMapping("/staff/access-rules/{id}/delete")
    public String delete(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        desk.find(id).orElseThrow(() -> new PageNotFoundException("No access rule " + id));
        try {
            StaffAccessRule rule = desk.delete(actor(), id, reason);
            flash.addFlashAttribute("staffNotice", "Rule \u201c" + rule.name() + "\u201d deleted.");
        } catch (StaffExceptions.InvalidInput invalid) {
            flash.addFlashAttribute("staffError", "Give a reason to delete a rule.");
        }
        return "redirect:/staff/access-rules";
    }

    private String page(Model model, FormView form, boolean editing) {
        model.addAttribute("rules", desk.list());
        model.addAttribute("precedence", desk.precedence());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", List.of(AccessRuleKind.SECTION_DEFAULT, AccessRuleKind.TOPIC_DEFAULT,
                AccessRuleKind.ARTICLE_PIN, AccessRuleKind.TIME, AccessRuleKind.METER, AccessRuleKind.PROMOTION,
                AccessRuleKind.CAMPAIGN));
        model.addAttribute("levels", AccessLevel.values());
        model.addAttribute("readers", AccessPreview.PreviewReader.values());
        model.addAttribute("sections", catalog.sections());
        model.addAttribute("topics", catalog.topics());
        model.addAttribute("timeZone", content.timeZone().getId());
        return "staff/access-rules";
    }

    private static AccessRuleForm form(Map<String, String> p) {
        return new AccessRuleForm(p.get("kind"), p.get("name"), p.get("section"), p.get("topic"), p.get("article"),
                p.get("level"), p.get("levelBefore"), number(p.get("days")), "on".equals(p.get("notCounted")) ? Boolean.FALSE
                : Boolean.TRUE, number(p.get("anonymousLimit")), number(p.get("registeredLimit")), p.get("startsAt"),
                p.get("endsAt"), p.get("reason"));
    }

    private static FormView formView(String id, Map<String, String> p) {
        return new FormView(id, text(p.get("kind")), text(p.get("name")), text(p.get("section")), text(p.get("topic")),
                text(p.get("article")), text(p.get("level")), text(p.get("levelBefore")), text(p.get("days")),
                "on".equals(p.get("notCounted")), text(p.get("anonymousLimit")), text(p.get("registeredLimit")),
                text(p.get("startsAt")), text(p.get("endsAt")));
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private StaffActor actor() {
        return readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
    }
}
