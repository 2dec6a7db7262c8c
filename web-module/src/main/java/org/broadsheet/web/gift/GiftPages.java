package org.broadsheet.web.gift;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.GiftLink;
import org.broadsheet.content.GiftLinks;
import org.broadsheet.content.GiftRefusedException;
import org.broadsheet.web.support.CurrentReaderFacts;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.NewsTimes;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Gift this article" form of the article page and the reader's gift links page with revocation. */
@Controller
class GiftPages {

    private final GiftLinks gifts;
    private final CurrentReaders readers;
    private final CurrentReaderFacts readerFacts;
    private final GiftUrls urls;
    private final NewsTimes times;

    GiftPages(GiftLinks gifts, CurrentReaders readers, CurrentReaderFacts readerFacts, GiftUrls urls, NewsTimes times) {
        this.gifts = gifts;
        this.readers = readers;
        this.readerFacts = readerFacts;
        this.urls = urls;
        this.times = times;
    }

    @PostMapping("/article/{slug}/gift")
    String give(@PathVariable String slug, HttpServletRequest request, RedirectAttributes flash) {
        me();
        try {
            GiftLink link = gifts.give(readerFacts.of(request), slug);
            flash.addFlashAttribute("giftUrl", urls.of(link));
            flash.addFlashAttribute("giftNotice", "Your gift link is ready. Anyone with it can read this article in full until "
                    + times.date(link.expiresAt()) + ".");
        } catch (GiftRefusedException refused) {
            flash.addFlashAttribute("giftNotice", refused.getMessage());
        }
        return "redirect:/article/" + slug;
    }

    @GetMapping("/account/gifts")
    String page(Model model) {
        UUID me = me();
        model.addAttribute("gifts", gifts.given(me));
        model.addAttribute("remaining", gifts.remaining(me));
        model.addAttribute("times", times);
        return "gift/gifts";
    }

    @PostMapping("/account/gifts/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        flash.addFlashAttribute("giftNotice", gifts.revoke(me(), id)
                ? "The gift link no longer works." : "You have no such gift link.");
        return "redirect:/account/gifts";
    }

    private UUID me() {
        return readers.current().map(SignedInReader::accountId)
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in to give articles"));
    }
}
