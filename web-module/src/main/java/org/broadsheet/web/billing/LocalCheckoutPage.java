package org.broadsheet.web.billing;

import org.broadsheet.billing.CardDeclined;
import org.broadsheet.billing.LocalCheckout;
import org.broadsheet.billing.LocalCheckouts;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/** The built-in test checkout and portal of {@code BILLING_PROVIDER=local}; absent (404) with Stripe. */
@Controller
class LocalCheckoutPage {

    private final ObjectProvider<LocalCheckouts> localCheckouts;
    private final Subscriptions subscriptions;
    private final CurrentReaders readers;
    private final BillingPageModels models;

    LocalCheckoutPage(ObjectProvider<LocalCheckouts> localCheckouts, Subscriptions subscriptions, CurrentReaders readers,
                      BillingPageModels models) {
        this.localCheckouts = localCheckouts;
        this.subscriptions = subscriptions;
        this.readers = readers;
        this.models = models;
    }

    @GetMapping("/billing/local-checkout/{id}")
    String checkout(@PathVariable String id, Model model) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/billing/local-checkout/" + id;
        }
        return page(find(id, reader), model);
    }

    @PostMapping("/billing/local-checkout/{id}")
    String pay(@PathVariable String id, @RequestParam(required = false) String cardNumber,
               @RequestParam(required = false) String expiry, @RequestParam(required = false) String cvc,
               Model model, HttpServletResponse response) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/billing/local-checkout/" + id;
        }
        LocalCheckout checkout = find(id, reader);
        try {
            checkouts().pay(id, reader.accountId(), cardNumber, expiry, cvc);
            return "redirect:/billing/success?session_id=" + id;
        } catch (CardDeclined e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", e.getMessage());
            return page(checkout, model);
        } catch (SubscriptionAlreadyLive e) {
            return "redirect:/account/subscription";
        }
    }

    @PostMapping("/billing/local-checkout/{id}/cancel")
    String cancel(@PathVariable String id) {
        return "redirect:/subscribe?canceled=true";
    }

    @GetMapping("/billing/local-portal")
    String portal(Model model) {
        checkouts();
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/billing/local-portal";
        }
        model.addAttribute("subscription", models.subscription(subscriptions.current(reader.accountId())));
        return "billing/local-portal";
    }

    private String page(LocalCheckout checkout, Model model) {
        model.addAttribute("checkout", checkout);
        model.addAttribute("plan", models.card(checkout.plan()));
        return "billing/local-checkout";
    }

    private LocalCheckout find(String id, SignedInReader reader) {
        return checkouts().find(id, reader.accountId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalCheckouts checkouts() {
        LocalCheckouts checkouts = localCheckouts.getIfAvailable();
        if (checkouts == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return checkouts;
    }
}
