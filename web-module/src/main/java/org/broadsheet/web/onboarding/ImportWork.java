package org.broadsheet.web.onboarding;

import java.util.List;
import java.util.Map;

/** One kind of import: how its input becomes checked rows, and how one row is applied. */
interface ImportWork<T> {

    ImportKind kind();

    /**
     * Reads and checks the whole input; the same input and options always give the same rows in the same order,
     * so an interrupted job resumes at the right row.
     *
     * @throws InvalidImport when the input cannot be read at all
     */
    List<ImportRow<T>> rows(String input, Map<String, String> options);

    /** Applies one accepted row inside the batch's transaction. */
    RowResult apply(T payload, ImportJob job);
}
