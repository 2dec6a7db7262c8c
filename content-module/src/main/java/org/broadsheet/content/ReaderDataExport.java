package org.broadsheet.content;

import java.util.List;
import java.util.UUID;

/** Everything content keeps about one reader: saved articles, follows and reads (with the pause setting). */
public record ReaderDataExport(UUID accountId, List<SavedArticle> saved, List<FollowTarget> follows,
        List<ReadEntry> history, boolean historyPaused) {
}
