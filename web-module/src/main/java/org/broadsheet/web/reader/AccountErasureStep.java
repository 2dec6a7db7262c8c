package org.broadsheet.web.reader;

import java.util.UUID;

/**
 * One step of deleting a reader's account ({@code DELETE /api/v1/me}, the account page's delete form). Every bean
 * of this type runs once the password is confirmed, in {@link org.springframework.core.annotation.Order} order:
 * a live subscription is cancelled first ({@link #CANCEL_SUBSCRIPTION}), then each module erases its personal
 * data ({@link #ERASE_READER_DATA}), and the account itself, with its tokens and sessions, goes last
 * ({@link #ERASE_ACCOUNT}). A step that throws stops the deletion before the account is erased.
 */
public interface AccountErasureStep {

    int CANCEL_SUBSCRIPTION = 100;
    int ERASE_READER_DATA = 500;
    int ERASE_ACCOUNT = 1000;

    /** Erases (or ends) this step's part of the account; must succeed when there is nothing to erase. */
    void erase(UUID accountId);
}
