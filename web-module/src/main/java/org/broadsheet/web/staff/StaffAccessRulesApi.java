package org.broadsheet.web.staff;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.content.AccessPreview;
import org.broadsheet.content.AppliedRule;
import org.broadsheet.web.support.CurrentReaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Editors manage access rules over the API: {@code /api/v1/staff/access-rules} (EDITOR, ADMIN). */
@RestController
@RequestMapping("/api/v1/staff/access-rules")
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class StaffAccessRulesApi {

    private final AccessRuleDesk desk;
    private final CurrentReaders readers;

    StaffAccessRulesApi(AccessRuleDesk desk, CurrentReaders readers) {
        this.desk = desk;
        this.readers = readers;
    }

    /** Every rule by name, with the precedence in force. */
    record RuleList(List<String> precedence, List<StaffAccessRule> items) {
    }

    /** The preview: the level and the rule that set it, then the decision and the rule that decided. */
    record Preview(String slug, String headline, String ownLevel, String level, AppliedRule levelRule, String reader,
                   Instant at, boolean granted, String reason, AppliedRule rule, String explanation) {

        static Preview of(AccessPreview p) {
            return new Preview(p.slug(), p.headline(), p.ownLevel().name(), p.level().name(), p.levelRule(),
                    p.reader().name(), p.at(), p.decision().granted(), p.decision().reason().name(), p.decision().rule(),
                    p.explanation());
        }
    }

    record DeleteRequest(String reason) {
    }

    @GetMapping
    public RuleList list() {
        return new RuleList(desk.precedence(), desk.list());
    }

    @GetMapping("/{id}")
    public StaffAccessRule get(@PathVariable UUID id) {
        return desk.find(id).orElseThrow(() -> new StaffExceptions.UnknownRule(id));
    }

    @PostMapping
    public ResponseEntity<StaffAccessRule> create(@RequestBody(required = false) AccessRuleForm form) {
        StaffAccessRule rule = desk.create(actor(), form == null ? empty() : form);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/staff/access-rules/" + rule.id()))
                .body(rule);
    }

    @PutMapping("/{id}")
    public StaffAccessRule update(@PathVariable UUID id, @RequestBody(required = false) AccessRuleForm form) {
        return desk.update(actor(), id, form == null ? empty() : form);
    }

    @DeleteMapping("/{id}")
    public StaffAccessRule delete(@PathVariable UUID id, @RequestBody(required = false) DeleteRequest body,
                                  @RequestParam(required = false) String reason) {
        return desk.delete(actor(), id, body != null && body.reason() != null ? body.reason() : reason);
    }

    @GetMapping("/preview")
    public Preview preview(@RequestParam(required = false) String slug, @RequestParam(required = false) String reader,
                           @RequestParam(required = false) String at) {
        return desk.preview(slug, reader, at).map(Preview::of)
                .orElseThrow(() -> new StaffExceptions.UnknownArticle(slug));
    }

    private static AccessRuleForm empty() {
        return new AccessRuleForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private StaffActor actor() {
        return readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
    }
}
