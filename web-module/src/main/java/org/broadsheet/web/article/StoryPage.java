package org.broadsheet.web.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.content.AccessDecision;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessReason;
import org.broadsheet.content.ArticleGate;
import org.broadsheet.content.GiftLinks;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.content.ReaderFacts;
import org.broadsheet.web.billing.PlanOffers;
import org.broadsheet.web.errors.PageNotFoundException;
import org.broadsheet.web.support.CurrentReaderFacts;
import org.broadsheet.web.support.DailyCounts;
import org.broadsheet.web.support.NewsTimes;
import org.broadsheet.web.support.PageMeta;
import org.broadsheet.web.support.SharedPages;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The article page: the gate's view of the article, laid out like a national paper's story page. */
@Controller
class StoryPage {

    /** Paragraphs shown before the gated part; the gate itself decides how many a denied reader gets. */
    static final int LEAD_IN = 2;

    private final ArticleGate gate;
    private final CurrentReaderFacts readerFacts;
    private final ArticleStructuredData structuredData;
    private final NewsTimes times;
    private final SiteProperties site;
    private final DailyCounts counts;
    private final GiftLinks gifts;
    private final PlanOffers offers;
    /** Share links of recently shown stories, by URL and headline: encoding them was a few percent of a view. */
    private final Cache<List<String>, ShareLinks> shareLinks = Caffeine.newBuilder().maximumSize(1024).build();

    StoryPage(ArticleGate gate, CurrentReaderFacts readerFacts, ArticleStructuredData structuredData,
            NewsTimes times, SiteProperties site, DailyCounts counts, GiftLinks gifts, PlanOffers offers) {
        this.counts = counts;
        this.gifts = gifts;
        this.offers = offers;
        this.gate = gate;
        this.readerFacts = readerFacts;
        this.structuredData = structuredData;
        this.times = times;
        this.site = site;
    }

    @GetMapping("/article/{slug}")
    String article(@PathVariable String slug, @RequestParam(required = false) String gift,
            @RequestParam(required = false) String campaign, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ReaderFacts reader = readerFacts.of(request);
        Optional<ReadableArticle> readable = HttpMethod.HEAD.matches(request.getMethod())
                ? gate.peek(slug, reader, gift, campaign)
                : gate.read(slug, reader, gift, campaign);
        ReadableArticle article = readable.orElseThrow(() -> new PageNotFoundException("No article " + slug));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");

        String url = site.absolute("/article/" + article.slug());
        List<String> paragraphs = article.paragraphs();
        int leadIn = Math.min(LEAD_IN, paragraphs.size());
        AccessDecision access = article.access();
        if (!access.granted() && !HttpMethod.HEAD.matches(request.getMethod())) {
            counts.increment(DailyCounts.PAYWALL_SHOWN);
            if (access.reason() == AccessReason.METER_EXHAUSTED) {
                counts.increment(DailyCounts.METER_EXHAUSTED);
            }
        }

        model.addAttribute("article", article);
        model.addAttribute("leadIn", paragraphs.subList(0, leadIn));
        model.addAttribute("rest", access.granted() ? paragraphs.subList(leadIn, paragraphs.size()) : List.of());
        model.addAttribute("gatedLevel", article.accessLevel() != AccessLevel.FREE);
        model.addAttribute("published", times.dateTime(article.publishedAt()));
        model.addAttribute("updated", isUpdated(article) ? times.dateTime(article.updatedAt()) : null);
        model.addAttribute("meterNotice", meterNotice(access));
        model.addAttribute("agencyCredit", agencyCredit(article.agencyCredit()));
        model.addAttribute("paywall", access.granted() ? null : Paywall.of(access.reason(), site.billing().trialDays(), loginNext(article)));
        model.addAttribute("offers", access.granted() ? List.of() : offers.all());
        model.addAttribute("share", shareLinks.get(List.of(url, article.headline()),
                key -> ShareLinks.of(key.get(0), key.get(1))));
        model.addAttribute("giftsLeft", mayGive(reader, access) ? gifts.remaining(reader.accountId()) : null);
        boolean hasImage = article.image() != null && article.image().path() != null;
        model.addAttribute("imageSrc", hasImage ? article.image().path() : null);
        model.addAttribute("pageMeta", new PageMeta(article.headline(), article.summary(), url, "article",
                hasImage ? structuredData.imageUrl(article.image()) : null, structuredData.newsArticle(article)));
        return SharedPages.view("article/article");
    }

    /**
     * Whether the reader may give gift links. A read granted for an entitlement or to staff already says yes, so
     * the entitlement is not looked up a second time for the page; any other answer asks the gift links.
     */
    private boolean mayGive(ReaderFacts reader, AccessDecision access) {
        if (!reader.signedIn()) {
            return false;
        }
        return switch (access.reason()) {
            case STAFF, TRIAL, SUBSCRIPTION, GRACE, COMP -> true;
            default -> gifts.mayGive(reader);
        };
    }

    private static boolean isUpdated(ReadableArticle article) {
        return article.updatedAt() != null && article.publishedAt() != null
                && article.updatedAt().isAfter(article.publishedAt());
    }

    /** "N free articles left this month" while the meter granted this read; null otherwise. */
    static String meterNotice(AccessDecision access) {
        if (!access.granted() || access.reason() != AccessReason.METER || access.meter() == null) {
            return null;
        }
        int left = access.meter().remaining();
        return left == 1 ? "1 free article left this month" : left + " free articles left this month";
    }

    /** "With inputs from Reuters", whether the newsroom filed "Reuters" or the whole line; null when none. */
    static String agencyCredit(String credit) {
        if (credit == null || credit.isBlank()) {
            return null;
        }
        String trimmed = credit.trim();
        return trimmed.toLowerCase(Locale.ROOT).startsWith("with inputs from") ? trimmed : "With inputs from " + trimmed;
    }

    private static String loginNext(ReadableArticle article) {
        return "/login?next=" + URLEncoder.encode("/article/" + article.slug(), StandardCharsets.UTF_8);
    }

    /** The paywall box: a heading, a line of explanation and the calls to action for the reason. */
    record Paywall(String heading, String message, boolean signInRequired, int trialDays, String loginUrl) {

        static Paywall of(AccessReason reason, int trialDays, String loginUrl) {
            return switch (reason) {
                case SIGN_IN_REQUIRED -> new Paywall("Login to continue reading",
                        "This story is free for registered readers. Login or create a free account to read on.",
                        true, trialDays, loginUrl);
                case METER_EXHAUSTED -> new Paywall("You have read all your free articles this month",
                        "Subscribe for unlimited access to Broadsheet's journalism.", false, trialDays, loginUrl);
                default -> new Paywall("This story is for subscribers",
                        "Subscribe to read this story and every other on Broadsheet.", false, trialDays, loginUrl);
            };
        }
    }
}
