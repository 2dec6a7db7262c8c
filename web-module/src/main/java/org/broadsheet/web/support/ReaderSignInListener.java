package org.broadsheet.web.support;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Told when a browser signs in or registers (e.g. to carry the anonymous meter over to the account).
 * Every bean of this type is called; a failure is logged and never stops the sign-in.
 */
public interface ReaderSignInListener {

    void readerSignedIn(UUID accountId, HttpServletRequest request, HttpServletResponse response);
}
