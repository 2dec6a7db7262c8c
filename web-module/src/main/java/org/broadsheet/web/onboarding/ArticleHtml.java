package org.broadsheet.web.onboarding;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Turns an imported body's HTML into the plain-text paragraphs articles are made of: the markup is first cleaned
 * against an allow-list (scripts, styles, frames, event handlers and unknown tags go, with their content), then each
 * block becomes one paragraph; line breaks and loose text outside blocks split paragraphs too.
 */
final class ArticleHtml {

    private static final Safelist BLOCKS_AND_TEXT = Safelist.relaxed().removeTags("img", "table", "caption",
            "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");
    private static final String BLOCK = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, figcaption, div";

    private ArticleHtml() {
    }

    /** The paragraphs of the HTML, in order, none blank; empty for null or blank input. */
    static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, BLOCKS_AND_TEXT));
        List<String> paragraphs = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        collect(clean.body(), paragraphs, loose);
        flush(loose, paragraphs);
        return paragraphs;
    }

    /** The plain text of a fragment (for summaries and headlines), whitespace collapsed; empty for null. */
    static String text(String html) {
        if (html == null) {
            return "";
        }
        return Jsoup.parseBodyFragment(Jsoup.clean(html, Safelist.none())).body().text().strip();
    }

    private static void collect(Element parent, List<String> paragraphs, StringBuilder loose) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                loose.append(text.text());
            } else if (node instanceof Element element) {
                if (element.is("br")) {
                    flush(loose, paragraphs);
                } else if (element.is(BLOCK)) {
                    flush(loose, paragraphs);
                    if (splits(element)) {
                        collect(element, paragraphs, loose);
                        flush(loose, paragraphs);
                    } else {
                        add(element.text(), paragraphs);
                    }
                } else if (splits(element)) {
                    collect(element, paragraphs, loose);
                } else {
                    loose.append(element.text());
                }
            }
        }
    }

    /** Whether blocks or line breaks sit inside the element, so its text is more than one paragraph. */
    private static boolean splits(Element element) {
        return element.select(BLOCK + ", br").size() > (element.is(BLOCK) ? 1 : 0);
    }

    private static void flush(StringBuilder loose, List<String> paragraphs) {
        add(loose.toString(), paragraphs);
        loose.setLength(0);
    }

    private static void add(String text, List<String> paragraphs) {
        String paragraph = text.replaceAll("\\s+", " ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
