package org.broadsheet.web.onboarding;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessRules;
import org.springframework.stereotype.Component;

/**
 * The one place that decides an imported article's access level: the section's default rule when it has one (it
 * would decide at read time anyway, so the stored level agrees with what readers get), else the level the export
 * named, else METERED.
 */
@Component
class ImportedArticleAccess {

    private final AccessRules rules;

    ImportedArticleAccess(AccessRules rules) {
        this.rules = rules;
    }

    /**
     * The level an imported article is filed with.
     *
     * @param sectionKey the section it is filed in
     * @param exported   the level the export named; null when it named none (feeds never do)
     */
    AccessLevel levelFor(String sectionKey, AccessLevel exported) {
        return rules.sectionDefault(sectionKey).orElse(exported != null ? exported : AccessLevel.METERED);
    }
}
