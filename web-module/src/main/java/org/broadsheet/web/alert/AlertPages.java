package org.broadsheet.web.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.ReaderAlert;
import org.broadsheet.content.ReaderAlerts;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.NewsTimes;
import org.broadsheet.web.support.SignedInReader;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * News alerts: the live stream for signed-in pages ({@code /alerts/stream}, Server-Sent Events on the session),
 * the alerts page with the email choice, and {@code /api/v1/me/alerts}.
 */
@Controller
class AlertPages {

    /** An alert in lists and the API: never body text. */
    record AlertItem(UUID id, String slug, String headline, String summary, String url, String because,
            Instant createdAt) {
    }

    record AlertView(AlertItem alert, String when) {
    }

    record EmailChoice(Boolean enabled) {
    }

    private static final int LIST_SIZE = 50;

    private final ReaderAlerts alerts;
    private final AlertStreams streams;
    private final CurrentReaders readers;
    private final SiteProperties site;
    private final NewsTimes times;

    AlertPages(ReaderAlerts alerts, AlertStreams streams, CurrentReaders readers, SiteProperties site, NewsTimes times) {
        this.alerts = alerts;
        this.streams = streams;
        this.readers = readers;
        this.site = site;
        this.times = times;
    }

    @GetMapping(path = "/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return streams.open(me());
    }

    @GetMapping("/account/alerts")
    String page(Model model) {
        UUID me = me();
        model.addAttribute("alerts", alerts.list(me, LIST_SIZE).stream()
                .map(a -> new AlertView(item(a), times.dateTime(a.createdAt()))).toList());
        model.addAttribute("emailAlerts", alerts.emailAlerts(me));
        return "alert/alerts";
    }

    @PostMapping("/account/alerts/email")
    String email(@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes flash) {
        alerts.setEmailAlerts(me(), enabled);
        flash.addFlashAttribute("alertNotice", enabled
                ? "Alerts will also come by email, at most one mail an hour."
                : "Alerts will no longer come by email.");
        return "redirect:/account/alerts";
    }

    @GetMapping(path = "/api/v1/me/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> list() {
        UUID me = me();
        List<AlertItem> items = alerts.list(me, LIST_SIZE).stream().map(this::item).toList();
        return Map.of("items", items, "emailAlerts", alerts.emailAlerts(me));
    }

    @PutMapping(path = "/api/v1/me/alerts/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setEmail(@RequestBody EmailChoice choice) {
        alerts.setEmailAlerts(me(), choice != null && Boolean.TRUE.equals(choice.enabled()));
    }

    private AlertItem item(ReaderAlert alert) {
        return new AlertItem(alert.id(), alert.slug(), alert.headline(), alert.summary(),
                site.absolute("/article/" + alert.slug()), alert.because(), alert.createdAt());
    }

    private UUID me() {
        return readers.current().map(SignedInReader::accountId)
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in for news alerts"));
    }
}
