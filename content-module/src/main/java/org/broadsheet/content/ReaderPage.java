package org.broadsheet.content;

import java.util.List;

/** One page (from 0) of a reader's list, with the total number of entries. */
public record ReaderPage<T>(List<T> items, int page, int size, long total) {

    /** Whether a further page exists. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** Whether this is not the first page. */
    public boolean hasPrevious() {
        return page > 0;
    }
}
