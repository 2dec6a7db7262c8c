package org.broadsheet.web.crawler;

import java.util.List;

/** The two DNS questions crawler verification asks; tests answer them without a network. */
public interface CrawlerDns {

    /** The host name the address's PTR record names; null when there is none or the lookup fails. */
    String reverse(String address);

    /** The addresses the host name resolves to (A and AAAA), normalised; empty when none or on failure. */
    List<String> forward(String host);
}
