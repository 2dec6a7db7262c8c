package org.broadsheet.web.onboarding;

import org.broadsheet.content.AccessLevel;
import org.springframework.stereotype.Component;

/**
 * The one place that decides an imported article's access level. Until section defaults exist, an export's own
 * {@code accessLevel} is kept and everything else is METERED; once sections carry a default level, this is where it
 * is asked for.
 */
@Component
class ImportedArticleAccess {

    /**
     * The level an imported article is filed with.
     *
     * @param sectionKey the section it is filed in
     * @param exported   the level the export named; null when it named none (feeds never do)
     */
    AccessLevel levelFor(String sectionKey, AccessLevel exported) {
        return exported != null ? exported : AccessLevel.METERED;
    }
}
