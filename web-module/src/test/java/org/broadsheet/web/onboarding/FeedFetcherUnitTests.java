package org.broadsheet.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class FeedFetcherUnitTests {

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        assertThatThrownBy(() -> FeedFetcher.allowed("file:///etc/passwd")).isInstanceOf(InvalidImport.class)
                .hasMessageContaining("Only http and https");
        assertThatThrownBy(() -> FeedFetcher.allowed("ftp://example.org/feed")).isInstanceOf(InvalidImport.class);
    }

    @Test
    void refusesLoopbackPrivateAndMetadataAddresses() {
        assertThatThrownBy(() -> FeedFetcher.allowed("http://127.0.0.1:8080/rss.xml")).isInstanceOf(InvalidImport.class)
                .hasMessageContaining("private or local network");
        assertThatThrownBy(() -> FeedFetcher.allowed("http://169.254.169.254/latest/meta-data/"))
                .isInstanceOf(InvalidImport.class);
        assertThatThrownBy(() -> FeedFetcher.allowed("http://[::1]/feed")).isInstanceOf(InvalidImport.class);
        assertThatThrownBy(() -> FeedFetcher.allowed("http://user:pw@example.org/feed")).isInstanceOf(InvalidImport.class);
    }

    @Test
    void tellsPublicFromInternalAddresses() throws Exception {
        assertThat(FeedFetcher.isPublic(InetAddress.getByName("10.1.2.3"))).isFalse();
        assertThat(FeedFetcher.isPublic(InetAddress.getByName("192.168.0.10"))).isFalse();
        assertThat(FeedFetcher.isPublic(InetAddress.getByName("100.64.0.1"))).isFalse();
        assertThat(FeedFetcher.isPublic(InetAddress.getByName("fd00::1"))).isFalse();
        assertThat(FeedFetcher.isPublic(InetAddress.getByName("93.184.215.14"))).isTrue();
    }
}
