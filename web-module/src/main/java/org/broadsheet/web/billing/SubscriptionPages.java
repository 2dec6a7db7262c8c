package org.broadsheet.web.billing;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.NoSubscription;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.billing.Plans;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The subscribe page, the checkout return page and the reader's subscription page. */
@Controller
class SubscriptionPages {

    private final Plans plans;
    private final CheckoutSessions checkouts;
    private final Subscriptions subscriptions;
    private final CurrentReaders readers;
    private final BillingPageModels models;
    private final BillingProperties properties;

    SubscriptionPages(Plans plans, CheckoutSessions checkouts, Subscriptions subscriptions, CurrentReaders readers,
                      BillingPageModels models, BillingProperties properties) {
        this.plans = plans;
        this.checkouts = checkouts;
        this.subscriptions = subscriptions;
        this.readers = readers;
        this.models = models;
        this.properties = properties;
    }

    @GetMapping("/subscribe")
    String subscribe(@RequestParam(required = false) String canceled, Model model) {
        if (canceled != null) {
            model.addAttribute("notice", "Checkout cancelled. You have not been charged.");
        }
        return subscribePage(model);
    }

    @PostMapping("/subscribe")
    String startCheckout(@RequestParam(required = false) String plan, Model model, HttpServletResponse response) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/subscribe";
        }
        if (plan == null || plans.find(plan).isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Choose a plan.");
            return subscribePage(model);
        }
        if (!reader.emailVerified()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", "Verify your email address before subscribing; we sent you a link.");
            return subscribePage(model);
        }
        try {
            return "redirect:" + checkouts.start(reader.accountId(), reader.email(), plan).url();
        } catch (SubscriptionAlreadyLive e) {
            return "redirect:/account/subscription";
        } catch (PaymentProviderUnavailable e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("error", "The payment provider is unavailable, try again in a few minutes.");
            return subscribePage(model);
        }
    }

    private String subscribePage(Model model) {
        model.addAttribute("plans", plans.all().stream().map(models::card).toList());
        model.addAttribute("trialDays", properties.trialDays());
        SignedInReader reader = readers.current().orElse(null);
        boolean trial = reader == null || checkouts.trialAvailable(reader.accountId());
        model.addAttribute("trialAvailable", trial && properties.trialDays() > 0);
        model.addAttribute("subscribed", reader != null && subscriptions.current(reader.accountId()).live());
        return "billing/subscribe";
    }

    @GetMapping("/billing/success")
    String success(Model model) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader != null) {
            model.addAttribute("subscription", models.subscription(subscriptions.current(reader.accountId())));
        }
        return "billing/success";
    }

    @GetMapping("/account/subscription")
    String account(Model model) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/account/subscription";
        }
        model.addAttribute("subscription", models.subscription(subscriptions.current(reader.accountId())));
        model.addAttribute("plans", plans.all().stream().map(models::card).toList());
        return "billing/account-subscription";
    }

    @PostMapping("/account/subscription/cancel")
    String cancel(RedirectAttributes redirect) {
        return act(redirect, "Your subscription will end at the end of the current period.",
                reader -> subscriptions.cancelAtPeriodEnd(reader.accountId()));
    }

    @PostMapping("/account/subscription/resume")
    String resume(RedirectAttributes redirect) {
        return act(redirect, "Your subscription will continue.", reader -> subscriptions.resume(reader.accountId()));
    }

    @PostMapping("/account/subscription/plan")
    String changePlan(@RequestParam(required = false) String plan, RedirectAttributes redirect) {
        if (plan == null || plans.find(plan).isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a plan.");
            return "redirect:/account/subscription";
        }
        return act(redirect, "Your plan was changed.", reader -> subscriptions.changePlan(reader.accountId(), plan));
    }

    @PostMapping("/account/subscription/portal")
    String portal(RedirectAttributes redirect) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/account/subscription";
        }
        try {
            return "redirect:" + subscriptions.portal(reader.accountId(), null);
        } catch (NoSubscription | PaymentProviderUnavailable e) {
            redirect.addFlashAttribute("error", e instanceof NoSubscription ? e.getMessage()
                    : "The payment provider is unavailable, try again in a few minutes.");
            return "redirect:/account/subscription";
        }
    }

    private String act(RedirectAttributes redirect, String done, java.util.function.Consumer<SignedInReader> action) {
        SignedInReader reader = readers.current().orElse(null);
        if (reader == null) {
            return "redirect:/login?next=/account/subscription";
        }
        try {
            action.accept(reader);
            redirect.addFlashAttribute("notice", done);
        } catch (NoSubscription e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (PaymentProviderUnavailable e) {
            redirect.addFlashAttribute("error", "The payment provider is unavailable, try again in a few minutes.");
        }
        return "redirect:/account/subscription";
    }
}
