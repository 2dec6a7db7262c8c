package org.broadsheet.web.newsletter;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.Newsletter;
import org.broadsheet.content.Newsletters;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.content.UnsubscribeRequest;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reader's newsletters page ({@code /account/newsletters}, a plain form of checkboxes) and the signed
 * unsubscribe link mails carry: GET shows a confirmation, POST (the button, or a mail client's one-click
 * {@code List-Unsubscribe=One-Click}) unsubscribes. The link's signature is its authority, so it needs no
 * sign-in and no CSRF token.
 */
@Controller
class NewsletterPages {

    /** A newsletter on the choices page, with whether the reader receives it. */
    record Choice(Newsletter newsletter, boolean chosen) {
    }

    private final Newsletters newsletters;
    private final CurrentReaders readers;

    NewsletterPages(Newsletters newsletters, CurrentReaders readers) {
        this.newsletters = newsletters;
        this.readers = readers;
    }

    @GetMapping("/account/newsletters")
    String choices(Model model) {
        UUID me = me();
        Set<String> chosen = newsletters.choicesOf(me);
        List<Choice> choices = newsletters.catalogue().stream().map(n -> new Choice(n, chosen.contains(n.key()))).toList();
        model.addAttribute("choices", choices);
        return "newsletter/choices";
    }

    @PostMapping("/account/newsletters")
    String choose(@RequestParam(name = "newsletter", required = false) List<String> keys, RedirectAttributes flash) {
        newsletters.choose(me(), keys == null ? Set.of() : new HashSet<>(keys));
        flash.addFlashAttribute("newsletterNotice", "Your newsletter choices are saved.");
        return "redirect:/account/newsletters";
    }

    @GetMapping("/newsletters/unsubscribe")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<Newsletter> newsletter = verified(token);
        if (newsletter.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "newsletter/unsubscribe-invalid";
        }
        model.addAttribute("newsletter", newsletter.get());
        model.addAttribute("token", token);
        return "newsletter/unsubscribe";
    }

    @PostMapping("/newsletters/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<UnsubscribeRequest> request = newsletters.verifyUnsubscribeToken(token);
        Optional<Newsletter> newsletter = verified(token);
        if (request.isEmpty() || newsletter.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "newsletter/unsubscribe-invalid";
        }
        try {
            newsletters.unsubscribe(request.get().accountId(), request.get().newsletterKey());
        } catch (ReaderTargetNotFoundException gone) {
            // the newsletter was removed from the catalogue: nothing left to leave
        }
        model.addAttribute("newsletter", newsletter.get());
        return "newsletter/unsubscribed";
    }

    private Optional<Newsletter> verified(String token) {
        return newsletters.verifyUnsubscribeToken(token).flatMap(r -> newsletters.find(r.newsletterKey()));
    }

    private UUID me() {
        return readers.current().map(SignedInReader::accountId)
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in to choose newsletters"));
    }
}
