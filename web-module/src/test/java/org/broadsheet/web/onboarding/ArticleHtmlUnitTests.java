package org.broadsheet.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHtmlUnitTests {

    @Test
    void turnsBlocksAndLineBreaksIntoParagraphsAndDropsScripts() {
        String html = """
                <p>The monsoon reached Kerala on Tuesday.</p><script>alert('x')</script>
                <p onclick="steal()">Farmers <b>welcomed</b> the rain.<br>Reservoirs are filling.</p>
                <iframe src="https://evil.example"></iframe><ul><li>Point one</li><li>Point <i>two</i></li></ul>
                <style>p { color: red }</style>Loose closing words.""";

        assertThat(ArticleHtml.paragraphs(html)).containsExactly("The monsoon reached Kerala on Tuesday.",
                "Farmers welcomed the rain.", "Reservoirs are filling.", "Point one", "Point two", "Loose closing words.");
    }

    @Test
    void keepsPlainTextAsOneParagraphAndBlankAsNone() {
        assertThat(ArticleHtml.paragraphs("Just words, no markup.")).containsExactly("Just words, no markup.");
        assertThat(ArticleHtml.paragraphs("  ")).isEmpty();
        assertThat(ArticleHtml.paragraphs("<script>only()</script>")).isEmpty();
    }

    @Test
    void makesSlugsOfHeadlinesWithoutAccentsOrPunctuation() {
        assertThat(ArticleImport.slugOf("Café prices: up 5% — again!", 120)).isEqualTo("cafe-prices-up-5-again");
    }
}
