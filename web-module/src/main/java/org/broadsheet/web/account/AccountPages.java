package org.broadsheet.web.account;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.EmailTakenException;
import org.broadsheet.auth.FieldProblem;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.InvalidTokenException;
import org.broadsheet.auth.PasswordResets;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.web.security.SafeRedirects;
import org.broadsheet.web.security.SessionSignIn;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in and account pages: login, registration, email verification, password reset, profile. */
@Controller
class AccountPages {

    private final ReaderAccounts accounts;
    private final PasswordResets resets;
    private final PasswordSignIn signIn;
    private final SessionSignIn sessionSignIn;
    private final CurrentReaders readers;

    AccountPages(ReaderAccounts accounts, PasswordResets resets, PasswordSignIn signIn, SessionSignIn sessionSignIn,
                 CurrentReaders readers) {
        this.accounts = accounts;
        this.resets = resets;
        this.signIn = signIn;
        this.sessionSignIn = sessionSignIn;
        this.readers = readers;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String next, @RequestParam(required = false) String error,
                 @RequestParam(required = false) Integer wait, Model model) {
        model.addAttribute("next", SafeRedirects.isSafeLocalPath(next) ? next : null);
        model.addAttribute("error", error);
        model.addAttribute("wait", wait == null ? 15 : Math.max(1, Math.min(wait, 15)));
        return "account/login";
    }

    @GetMapping("/register")
    String registerForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", SafeRedirects.isSafeLocalPath(next) ? next : null);
        model.addAttribute("form", Map.of("name", "", "email", ""));
        model.addAttribute("errors", Map.of());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
                    @RequestParam(defaultValue = "") String password, @RequestParam(required = false) String next,
                    Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AccountView account = accounts.register(email, password, name);
            AccountPrincipal principal = signIn.current(account.id()).orElseThrow();
            sessionSignIn.signIn(principal, request, response, true);
            redirect.addFlashAttribute("registered", true);
            return "redirect:/account";
        } catch (InvalidAccountInput e) {
            model.addAttribute("errors", errors(e));
        } catch (EmailTakenException e) {
            model.addAttribute("errors", Map.of("email", "An account with this email address already exists. Sign in, or reset your password."));
        }
        model.addAttribute("next", SafeRedirects.isSafeLocalPath(next) ? next : null);
        model.addAttribute("form", Map.of("name", name, "email", email));
        response.setStatus(400);
        return "account/register";
    }

    @GetMapping("/verify-email")
    String verifyEmail(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        try {
            AccountView account = accounts.verifyEmail(token);
            model.addAttribute("verified", true);
            model.addAttribute("email", account.email());
        } catch (InvalidTokenException e) {
            model.addAttribute("verified", false);
            response.setStatus(400);
        } catch (EmailTakenException e) {
            model.addAttribute("verified", false);
            model.addAttribute("taken", true);
            response.setStatus(409);
        }
        return "account/verify-email";
    }

    @GetMapping("/forgot-password")
    String forgotPassword(Model model) {
        model.addAttribute("sent", false);
        return "account/forgot-password";
    }

    @PostMapping("/forgot-password")
    String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
        resets.request(email);
        model.addAttribute("sent", true);
        return "account/forgot-password";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        boolean usable = resets.isUsable(token);
        model.addAttribute("token", usable ? token : null);
        model.addAttribute("usable", usable);
        model.addAttribute("done", false);
        model.addAttribute("errors", Map.of());
        if (!usable) {
            response.setStatus(400);
        }
        return "account/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 Model model, HttpServletResponse response) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("done", false);
        try {
            resets.confirm(token, password);
            model.addAttribute("usable", true);
            model.addAttribute("done", true);
        } catch (InvalidTokenException e) {
            model.addAttribute("usable", false);
            response.setStatus(400);
        } catch (InvalidAccountInput e) {
            model.addAttribute("usable", true);
            model.addAttribute("token", token);
            model.addAttribute("errors", errors(e));
            response.setStatus(400);
        }
        return "account/reset-password";
    }

    @GetMapping("/account")
    String profile(Model model) {
        SignedInReader reader = readers.current().orElseThrow();
        AccountView account = accounts.findById(reader.accountId()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "account/profile";
    }

    @PostMapping("/account/verification")
    String resendVerification(RedirectAttributes redirect) {
        SignedInReader reader = readers.current().orElseThrow();
        accounts.resendVerification(reader.accountId());
        redirect.addFlashAttribute("message", "We sent a new verification link to " + reader.email() + ".");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String password,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SignedInReader reader = readers.current().orElseThrow();
        try {
            accounts.changePassword(reader.accountId(), currentPassword, password);
            // the change ended every session; this browser stays signed in with the new credentials
            signIn.current(reader.accountId()).ifPresent(principal -> sessionSignIn.signIn(principal, request, response, false));
            redirect.addFlashAttribute("message", "Your password is changed. Your other sessions and apps were signed out.");
        } catch (InvalidAccountInput e) {
            redirect.addFlashAttribute("errors", errors(e));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String changeEmail(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String email,
                       RedirectAttributes redirect) {
        SignedInReader reader = readers.current().orElseThrow();
        try {
            accounts.changeEmail(reader.accountId(), password, email);
            redirect.addFlashAttribute("message", "We sent a link to " + email.trim()
                    + ". Your email address changes once you open it.");
        } catch (InvalidAccountInput e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent("email".equals(p.field()) ? "newEmail" : "emailPassword", p.message()));
            redirect.addFlashAttribute("errors", errors);
        } catch (EmailTakenException e) {
            redirect.addFlashAttribute("errors", Map.of("newEmail", "Another account already uses this email address."));
        }
        return "redirect:/account";
    }

    private static Map<String, String> errors(InvalidAccountInput e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
            errors.putIfAbsent(problem.field(), problem.message());
        }
        return errors;
    }
}
