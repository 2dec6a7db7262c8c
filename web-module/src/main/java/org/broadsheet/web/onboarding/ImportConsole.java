package org.broadsheet.web.onboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.web.errors.PageNotFoundException;
import org.broadsheet.web.staff.StaffActor;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's import pages: upload forms, and a job page whose progress bar a small script keeps current by
 * polling {@code /staff/imports/{id}/progress}; without JavaScript a reload link shows the latest figures.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class ImportConsole {

    private final ImportDesk desk;
    private final CurrentReaders readers;

    ImportConsole(ImportDesk desk, CurrentReaders readers) {
        this.desk = desk;
        this.readers = readers;
    }

    @GetMapping("/staff/imports")
    public String imports(Model model) {
        SignedInReader staff = staff();
        model.addAttribute("jobs", desk.recent(staff).stream().map(desk::view).toList());
        model.addAttribute("mayImportReaders", staff.hasRole("ADMIN"));
        return "staff/imports";
    }

    @PostMapping("/staff/imports/readers")
    @PreAuthorize("hasRole('ADMIN')")
    public String importReaders(@RequestParam(name = "file", required = false) MultipartFile file,
                                @RequestParam(name = "reason", required = false) String reason,
                                @RequestParam(name = "invite", defaultValue = "false") boolean invite,
                                RedirectAttributes flash) throws IOException {
        try {
            ImportJob job = desk.startReaders(file == null ? null : file.getOriginalFilename(), text(file), invite,
                    StaffActor.of(staff()), reason);
            return "redirect:/staff/imports/" + job.id();
        } catch (InvalidImport | ImportDesk.MissingInput e) {
            flash.addFlashAttribute("staffError", "Not started: " + e.getMessage());
            return "redirect:/staff/imports";
        }
    }

    @PostMapping("/staff/imports/articles")
    public String importArticles(@RequestParam(name = "file", required = false) MultipartFile file,
                                 @RequestParam(name = "url", required = false) String url,
                                 @RequestParam(name = "section", required = false) String section,
                                 @RequestParam(name = "reason", required = false) String reason,
                                 RedirectAttributes flash) throws IOException {
        try {
            ImportJob job = desk.startArticles(file == null ? null : file.getOriginalFilename(), text(file), url, "auto",
                    section, StaffActor.of(staff()), reason);
            return "redirect:/staff/imports/" + job.id();
        } catch (InvalidImport | ImportDesk.MissingInput e) {
            flash.addFlashAttribute("staffError", "Not started: " + e.getMessage());
            return "redirect:/staff/imports";
        }
    }

    @GetMapping("/staff/imports/{id}")
    public String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", desk.view(found(id)));
        return "staff/import";
    }

    @GetMapping(path = "/staff/imports/{id}/progress", produces = "application/json")
    @ResponseBody
    public ImportDesk.JobView progress(@PathVariable UUID id) {
        return desk.view(found(id));
    }

    @GetMapping("/staff/imports/{id}/report.csv")
    public void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = found(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-report.csv\"");
        desk.writeReport(job.id(), response.getWriter());
    }

    @PostMapping("/staff/imports/{id}/resume")
    public String resume(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
                         RedirectAttributes flash) {
        ImportJob job = found(id);
        try {
            if (desk.resume(job.id(), StaffActor.of(staff()), reason)) {
                flash.addFlashAttribute("staffNotice", "Import resumed.");
            } else {
                flash.addFlashAttribute("staffError", "Only an interrupted or failed import can be resumed.");
            }
        } catch (ImportDesk.MissingInput e) {
            flash.addFlashAttribute("staffError", "Not resumed: " + e.getMessage());
        }
        return "redirect:/staff/imports/" + id;
    }

    private ImportJob found(UUID id) {
        return desk.find(id, staff()).orElseThrow(() -> new PageNotFoundException("No such import"));
    }

    private SignedInReader staff() {
        return readers.current().orElseThrow(() -> new AccessDeniedException("No staff member"));
    }

    private static String text(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : new String(file.getBytes(), StandardCharsets.UTF_8);
    }
}
