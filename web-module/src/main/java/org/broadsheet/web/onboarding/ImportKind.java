package org.broadsheet.web.onboarding;

/** What an import brings in. */
enum ImportKind {
    READERS, ARTICLES
}
