/**
 * Verified search crawlers: when {@code broadsheet.paywall.crawlers.enabled} is on, a client whose User-Agent
 * names a search engine and whose address passes reverse DNS to that engine's domain and forward DNS back to the
 * same address reads gated articles in full (the page keeps its paywall markup, so this is no cloaking).
 */
package org.broadsheet.web.crawler;
