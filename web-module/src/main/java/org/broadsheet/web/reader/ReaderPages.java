package org.broadsheet.web.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowingEntry;
import org.broadsheet.content.Follows;
import org.broadsheet.content.PersonalFeed;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.content.ReadingHistory;
import org.broadsheet.content.SavedArticles;
import org.broadsheet.web.security.SafeRedirects;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reader's pages: Saved Articles, Following, My Reads, the feed and the privacy page, plus the form posts of
 * the save and follow buttons. Each post answers a plain browser with a redirect back and a flash notice, and
 * the small script of {@code static/js/reader.js} with JSON so it can update the button in place.
 */
@Controller
class ReaderPages {

    private static final int PAGE_SIZE = 20;
    static final String NOTICE = "readerNotice";
    static final String NOTICE_FOR = "readerNoticeFor";

    private final CurrentReaders readers;
    private final SavedArticles saved;
    private final Follows follows;
    private final ReadingHistory history;
    private final PersonalFeed feed;
    private final ReaderExports exports;
    private final ReaderErasure erasure;

    ReaderPages(CurrentReaders readers, SavedArticles saved, Follows follows, ReadingHistory history, PersonalFeed feed,
            ReaderExports exports, ReaderErasure erasure) {
        this.readers = readers;
        this.saved = saved;
        this.follows = follows;
        this.history = history;
        this.feed = feed;
        this.exports = exports;
        this.erasure = erasure;
    }

    // --- Saved Articles

    @GetMapping("/account/saved")
    String savedPage(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("saved", saved.list(me(), Math.max(0, page), PAGE_SIZE));
        return "reader/saved";
    }

    @PostMapping("/account/saved/{slug}")
    Object save(@PathVariable String slug, @RequestParam(required = false) String returnTo,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, RedirectAttributes flash) {
        saved.save(me(), slug);
        return answer(accept, returnTo, "/account/saved", flash, slug, "Story Saved", true,
                "/account/saved/" + slug + "/delete", "Remove from Saved");
    }

    @PostMapping("/account/saved/{slug}/delete")
    Object unsave(@PathVariable String slug, @RequestParam(required = false) String returnTo,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, RedirectAttributes flash) {
        saved.unsave(me(), slug);
        return answer(accept, returnTo, "/account/saved", flash, slug, "Removed from Saved Articles", false,
                "/account/saved/" + slug, "Save Story");
    }

    // --- Following

    @GetMapping("/account/following")
    String followingPage(Model model) {
        UUID me = me();
        List<FollowingEntry> entries = follows.following(me);
        follows.markFollowingSeen(me);
        model.addAttribute("entries", entries);
        return "reader/following";
    }

    @PostMapping("/account/following/{kind}/{key}")
    Object follow(@PathVariable String kind, @PathVariable String key, @RequestParam(required = false) String returnTo,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, RedirectAttributes flash) {
        follows.follow(me(), kind(kind), key);
        return answer(accept, returnTo, "/account/following", flash, kind + "/" + key, "Following", true,
                "/account/following/" + kind + "/" + key + "/delete", "Unfollow");
    }

    @PostMapping("/account/following/{kind}/{key}/delete")
    Object unfollow(@PathVariable String kind, @PathVariable String key, @RequestParam(required = false) String returnTo,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, RedirectAttributes flash) {
        follows.unfollow(me(), kind(kind), key);
        return answer(accept, returnTo, "/account/following", flash, kind + "/" + key, "No longer following", false,
                "/account/following/" + kind + "/" + key, "Follow");
    }

    // --- My Reads

    @GetMapping("/account/history")
    String historyPage(@RequestParam(defaultValue = "0") int page, Model model) {
        UUID me = me();
        model.addAttribute("reads", history.list(me, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("paused", history.isPaused(me));
        return "reader/history";
    }

    @PostMapping("/account/history/{slug}/delete")
    String removeRead(@PathVariable String slug, RedirectAttributes flash) {
        history.remove(me(), slug);
        flash.addFlashAttribute(NOTICE, "Removed from My Reads");
        return "redirect:/account/history";
    }

    @PostMapping("/account/history/clear")
    String clearReads(RedirectAttributes flash) {
        history.clear(me());
        flash.addFlashAttribute(NOTICE, "My Reads cleared");
        return "redirect:/account/history";
    }

    @PostMapping("/account/history/paused")
    String pauseReads(@RequestParam boolean paused, RedirectAttributes flash) {
        history.setPaused(me(), paused);
        flash.addFlashAttribute(NOTICE, paused ? "My Reads paused: new reads are not recorded"
                : "My Reads resumed");
        return "redirect:/account/history";
    }

    // --- Feed

    @GetMapping("/feed")
    String feedPage(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("feed", feed.feed(me(), Math.max(0, page), PAGE_SIZE));
        return "reader/feed";
    }

    // --- Privacy: export and delete

    @GetMapping("/account/privacy")
    String privacyPage() {
        return "reader/privacy";
    }

    @GetMapping("/account/export")
    ResponseEntity<Map<String, Object>> download() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"broadsheet-my-data.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(exports.exportFor(me()));
    }

    @PostMapping("/account/delete")
    String deleteAccount(@RequestParam(required = false) String password, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes flash) {
        if (!erasure.erase(me(), password)) {
            flash.addFlashAttribute(NOTICE, "That is not your password: nothing was deleted.");
            return "redirect:/account/privacy";
        }
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/?account-deleted";
    }

    @ExceptionHandler(ReaderTargetNotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }

    private Object answer(String accept, String returnTo, String fallback, RedirectAttributes flash, String subject,
            String notice, boolean state, String nextAction, String nextLabel) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("state", state);
            body.put("message", notice);
            body.put("action", nextAction);
            body.put("label", nextLabel);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        flash.addFlashAttribute(NOTICE, notice);
        flash.addFlashAttribute(NOTICE_FOR, subject);
        return "redirect:" + (SafeRedirects.isSafeLocalPath(returnTo) ? returnTo : fallback);
    }

    private static FollowKind kind(String kind) {
        return FollowKind.fromKey(kind).orElseThrow(() -> new ReaderTargetNotFoundException("kind", kind));
    }

    private UUID me() {
        return readers.current().map(SignedInReader::accountId)
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in to see your reader pages"));
    }
}
