package org.broadsheet.web.crawler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform resolver behind {@link CrawlerDns}, unless a test or deployment supplies its own. */
@Configuration(proxyBeanMethods = false)
class SystemCrawlerDns {

    @Bean
    @ConditionalOnMissingBean
    CrawlerDns crawlerDns() {
        return new CrawlerDns() {
            @Override
            public String reverse(String address) {
                InetAddress inet = VerifiedCrawlers.literal(address);
                if (inet == null) {
                    return null;
                }
                String host = inet.getCanonicalHostName();
                // the JDK answers the literal address itself when there is no PTR record
                return host == null || host.equals(inet.getHostAddress()) ? null : host;
            }

            @Override
            public List<String> forward(String host) {
                try {
                    return Arrays.stream(InetAddress.getAllByName(host)).map(InetAddress::getHostAddress).toList();
                } catch (UnknownHostException | SecurityException failed) {
                    return List.of();
                }
            }
        };
    }
}
