/**
 * Content: articles, sections, topics and authors; access levels, the access rules editors manage, the metered
 * paywall and the one access decision every output goes through; the reader's saved articles, follows, history and feed.
 */
package org.broadsheet.content;
