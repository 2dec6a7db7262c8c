package org.broadsheet.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.web.Articles;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/**
 * The structural part of WCAG 2.1 AA on every page people use, signed out, as a reader and as staff: the language,
 * a skip link to one main landmark, exactly one h1, a label for every control, a name for every button, alt text on
 * every image, and nothing the Content-Security-Policy would block (inline scripts, handlers or styles).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:journey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.base-url=http://localhost"})
@AutoConfigureMockMvc
@Import(Articles.class)
class PageAccessibilityIntegrationTests {

    private static final String PASSWORD = "a long and private passphrase";

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    ReaderAccounts accounts;

    private WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).withDelegate(new WebClient()).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void pagesForAnonymousReadersAreStructuredLabelledAndFreeOfInlineCode() throws Exception {
        Articles.Published free = articles.free();
        Articles.Published premium = articles.premium();
        Articles.Published registered = articles.registered();
        List<String> paths = List.of("/", free.path(), premium.path(), registered.path(),
                "/section/" + free.desk().section(), "/topic/" + free.desk().topic(), "/author/" + free.desk().author(),
                "/login", "/register", "/forgot-password", "/reset-password?token=unknown", "/subscribe");

        assertPagesAccessible(paths);
    }

    @Test
    void pagesForSignedInReadersAreStructuredLabelledAndFreeOfInlineCode() throws Exception {
        Articles.Published premium = articles.premium();
        signIn(account(Set.of()));

        assertPagesAccessible(List.of("/", premium.path(), "/account", "/account/subscription", "/account/saved",
                "/account/following", "/account/history", "/account/privacy", "/feed", "/subscribe",
                "/section/" + premium.desk().section()));
    }

    @Test
    void staffConsolePagesAreStructuredLabelledAndFreeOfInlineCode() throws Exception {
        Articles.Published story = articles.metered();
        String reader = account(Set.of());
        UUID readerId = accounts.findByEmail(reader).orElseThrow().id();
        signIn(account(Set.of(Role.ADMIN)));

        assertPagesAccessible(List.of("/staff", "/staff/accounts", "/staff/accounts?q=" + reader,
                "/staff/accounts/" + readerId, "/staff/accounts/" + readerId + "?slug=" + story.slug(), "/staff/audit",
                "/staff/articles", "/staff/articles/new", "/staff/articles/" + story.slug() + "/edit",
                "/staff/articles/" + story.slug() + "/preview", "/staff/operations"));
    }

    private String account(Set<Role> roles) {
        String email = "a11y-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID id = accounts.register(email, PASSWORD, "Meera Iyer").id();
        if (!roles.isEmpty()) {
            accounts.setRoles(id, roles);
        }
        return email;
    }

    private void signIn(String email) throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/login")).findFirst().orElseThrow();
        form.getInputByName("email").setValue(email);
        form.getInputByName("password").setValue(PASSWORD);
        HtmlPage signedIn = form.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(signedIn.asNormalizedText()).doesNotContain("Wrong email or password");
    }

    private void assertPagesAccessible(List<String> paths) throws Exception {
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        List<HtmlPage> pages = new ArrayList<>();
        for (String path : paths) {
            pages.add(browser.getPage("http://localhost" + path));
        }
        assertSoftly(softly -> {
            for (int i = 0; i < pages.size(); i++) {
                HtmlPage page = pages.get(i);
                String path = paths.get(i);
                softly.assertThat(page.getDocumentElement().getAttribute("lang")).as("lang of %s", path).isEqualTo("en");
                softly.assertThat(page.getTitleText()).as("title of %s", path).isNotBlank();
                softly.assertThat(page.querySelectorAll("main#main")).as("main landmark of %s", path).hasSize(1);
                softly.assertThat(page.querySelectorAll("main")).as("main elements of %s", path).hasSize(1);
                softly.assertThat(page.querySelectorAll("a.skip-link[href='#main']")).as("skip link of %s", path).hasSize(1);
                softly.assertThat(page.querySelectorAll("h1")).as("h1 of %s", path).hasSize(1);
                softly.assertThat(unlabelledControls(page)).as("controls without a label on %s", path).isEmpty();
                softly.assertThat(namelessButtons(page)).as("buttons without a name on %s", path).isEmpty();
                softly.assertThat(page.querySelectorAll("img:not([alt])")).as("images without alt on %s", path).isEmpty();
                softly.assertThat(page.querySelectorAll("script:not([src]):not([type='application/ld+json'])"))
                        .as("inline scripts on %s", path).isEmpty();
                softly.assertThat(page.querySelectorAll("style, [style]")).as("inline styles on %s", path).isEmpty();
                softly.assertThat(inlineHandlers(page)).as("inline event handlers on %s", path).isEmpty();
                softly.assertThat(duplicateIds(page)).as("duplicate ids on %s", path).isEmpty();
            }
        });
    }

    /** Inputs, selects and textareas a person fills in that have no label, aria-label or aria-labelledby. */
    private static List<String> unlabelledControls(HtmlPage page) {
        List<String> unlabelled = new ArrayList<>();
        for (DomNode node : page.querySelectorAll("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            DomElement control = (DomElement) node;
            String id = control.getAttribute("id");
            boolean labelFor = !id.isEmpty() && !page.querySelectorAll("label[for='" + id + "']").isEmpty();
            boolean wrapped = insideLabel(control);
            boolean aria = !control.getAttribute("aria-label").isBlank() || !control.getAttribute("aria-labelledby").isBlank();
            if (!labelFor && !wrapped && !aria) {
                unlabelled.add(control.asXml().strip());
            }
        }
        return unlabelled;
    }

    private static boolean insideLabel(DomNode node) {
        for (DomNode parent = node.getParentNode(); parent != null; parent = parent.getParentNode()) {
            if ("label".equalsIgnoreCase(parent.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> namelessButtons(HtmlPage page) {
        List<String> nameless = new ArrayList<>();
        for (DomNode node : page.querySelectorAll("button, a[href]")) {
            DomElement element = (DomElement) node;
            if (element.getTextContent().isBlank() && element.getAttribute("aria-label").isBlank()
                    && element.querySelectorAll("img[alt]:not([alt=''])").isEmpty()) {
                nameless.add(element.asXml().strip());
            }
        }
        return nameless;
    }

    private static List<String> inlineHandlers(HtmlPage page) {
        List<String> handlers = new ArrayList<>();
        for (DomElement element : page.getDocumentElement().getDomElementDescendants()) {
            element.getAttributesMap().keySet().stream()
                    .filter(name -> name.toLowerCase().startsWith("on"))
                    .forEach(name -> handlers.add(element.getTagName() + "@" + name));
        }
        return handlers;
    }

    private static List<String> duplicateIds(HtmlPage page) {
        List<String> seen = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (DomElement element : page.getDocumentElement().getDomElementDescendants()) {
            String id = element.getAttribute("id");
            if (!id.isEmpty()) {
                if (seen.contains(id)) {
                    duplicates.add(id);
                }
                seen.add(id);
            }
        }
        return duplicates;
    }
}
