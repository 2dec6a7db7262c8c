package org.broadsheet.billing;

/** Thrown by the local checkout for a test card it declines or an incomplete card form. */
public class CardDeclined extends RuntimeException {

    public CardDeclined(String message) {
        super(message);
    }
}
