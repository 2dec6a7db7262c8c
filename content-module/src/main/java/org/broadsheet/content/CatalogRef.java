package org.broadsheet.content;

/** A section, topic or author as outputs show it: {"key","name"}. */
public record CatalogRef(String key, String name) {
}
