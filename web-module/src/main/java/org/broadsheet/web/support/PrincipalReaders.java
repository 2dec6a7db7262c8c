package org.broadsheet.web.support;

import java.util.Optional;

/** Maps an authenticated principal (whatever the sign-in mechanism put there) to a signed-in reader. */
public interface PrincipalReaders {

    /** The reader for this principal; empty when the principal is not one of Broadsheet's accounts. */
    Optional<SignedInReader> readerOf(Object principal);
}
