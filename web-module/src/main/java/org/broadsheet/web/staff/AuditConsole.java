package org.broadsheet.web.staff;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: every staff action, newest first, optionally for one account. */
@Controller
class AuditConsole {

    private final StaffAudit audit;

    AuditConsole(StaffAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/staff/audit")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String audit(@RequestParam(name = "accountId", required = false) UUID accountId, Model model) {
        model.addAttribute("accountId", accountId);
        model.addAttribute("entries", audit.entries(accountId, 200));
        return "staff/audit";
    }
}
