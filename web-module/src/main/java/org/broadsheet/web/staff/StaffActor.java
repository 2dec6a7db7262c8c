package org.broadsheet.web.staff;

import java.util.UUID;

import org.broadsheet.web.support.SignedInReader;

/** The staff member doing something, as the audit names them. */
public record StaffActor(UUID accountId, String email) {

    public static StaffActor of(SignedInReader reader) {
        return new StaffActor(reader.accountId(), reader.email());
    }
}
