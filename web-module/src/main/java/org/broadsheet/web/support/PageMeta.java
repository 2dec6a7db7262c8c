package org.broadsheet.web.support;

/**
 * Head metadata a page may put in the model as {@code pageMeta}: the layout then renders the canonical link,
 * OpenGraph and Twitter tags and the JSON-LD. Only summaries belong here, never article body text.
 * imageUrl and jsonLd may be null.
 */
public record PageMeta(String title, String description, String canonicalUrl, String type, String imageUrl,
        String jsonLd) {

    /** Metadata of an ordinary page (type {@code website}) without image or JSON-LD. */
    public static PageMeta website(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, "website", null, null);
    }
}
