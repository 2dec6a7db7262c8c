package org.broadsheet.web.staff;

import java.util.Map;

import org.broadsheet.auth.AccountMailLog;
import org.broadsheet.billing.PaymentEventLog;
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

/** Operations for admins: the webhook event log with replay, and the mail outbox. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OperationsConsole {

    private final PaymentEventLog events;
    private final AccountMailLog mail;
    private final StaffAudit audit;
    private final CurrentReaders readers;

    OperationsConsole(PaymentEventLog events, AccountMailLog mail, StaffAudit audit, CurrentReaders readers) {
        this.events = events;
        this.mail = mail;
        this.audit = audit;
        this.readers = readers;
    }

    @GetMapping("/staff/operations")
    public String operations(@RequestParam(name = "failed", defaultValue = "false") boolean failedOnly, Model model) {
        model.addAttribute("failedOnly", failedOnly);
        model.addAttribute("failed", events.recent(true, 100));
        model.addAttribute("events", events.recent(failedOnly, 100));
        model.addAttribute("outbox", mail.recent(50));
        return "staff/operations";
    }

    @PostMapping("/staff/operations/webhooks/{eventId}/replay")
    public String replay(@PathVariable String eventId, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        if (reason == null || reason.isBlank()) {
            flash.addFlashAttribute("staffError", "Not replayed: reason is required: say why.");
            return "redirect:/staff/operations";
        }
        if (events.replay(eventId)) {
            StaffActor actor = readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
            String status = events.recent(false, 500).stream().filter(e -> e.eventId().equals(eventId))
                    .map(e -> e.status()).findFirst().orElse("unknown");
            audit.record(actor, "webhook-replay", null, reason.trim(), null, Map.of("status", status),
                    Map.of("eventId", eventId));
            flash.addFlashAttribute("staffNotice", "Event " + eventId + " replayed: " + status + ".");
        } else {
            flash.addFlashAttribute("staffError", "No stored event " + eventId + ".");
        }
        return "redirect:/staff/operations";
    }

}
