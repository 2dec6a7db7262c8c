package org.broadsheet.content;

import java.util.List;
import java.util.UUID;

/** The alerts one reader is to be mailed in one batch, oldest first; never empty. */
public record AlertDigest(UUID accountId, List<ReaderAlert> alerts) {
}
