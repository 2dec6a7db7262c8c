package org.broadsheet.content;

import java.util.List;

/**
 * An article as the newsroom holds it, whether or not it is on the site: what an editor edits and previews.
 *
 * @param related the slugs of its "Also Read" articles, in order; never null
 */
public record FiledArticle(ArticleDraft draft, boolean published, List<String> related) {
}
