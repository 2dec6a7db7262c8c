package org.broadsheet.content;

/** Filter for lists by section, topic and author key; null keys mean "any". */
public record ArticleFilter(String section, String topic, String author) {

    /** Every published article. */
    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null);
    }

    public static ArticleFilter section(String key) {
        return new ArticleFilter(key, null, null);
    }

    public static ArticleFilter topic(String key) {
        return new ArticleFilter(null, key, null);
    }

    public static ArticleFilter author(String key) {
        return new ArticleFilter(null, null, key);
    }
}
