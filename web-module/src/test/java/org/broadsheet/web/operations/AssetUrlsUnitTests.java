package org.broadsheet.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetUrlsUnitTests {

    @Test
    void asksOnlyAboutLinksUnderTheStaticFolders() {
        assertThat(AssetUrls.assetPath("/css/site.css", "")).isEqualTo("/css/site.css");
        assertThat(AssetUrls.assetPath("/js/reader.js?v=1", "")).isEqualTo("/js/reader.js?v=1");
        assertThat(AssetUrls.assetPath("/images/demo/a.svg", "")).isEqualTo("/images/demo/a.svg");
        assertThat(AssetUrls.assetPath("/favicon.svg", "")).isEqualTo("/favicon.svg");
        assertThat(AssetUrls.assetPath("/shop/css/site.css", "/shop")).isEqualTo("/css/site.css");
    }

    @Test
    void leavesPageLinksAlone() {
        assertThat(AssetUrls.assetPath("/article/some-story", "")).isNull();
        assertThat(AssetUrls.assetPath("/section/opinion", "")).isNull();
        assertThat(AssetUrls.assetPath("/login?next=%2Fcss%2F", "")).isNull();
        assertThat(AssetUrls.assetPath("https://example.org/css/site.css", "")).isNull();
        assertThat(AssetUrls.assetPath(null, "")).isNull();
    }
}
