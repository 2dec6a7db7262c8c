package org.broadsheet.billing;

/** Thrown when the payment provider cannot be reached, times out or fails; nothing was half-made, a retry later works. */
public class PaymentProviderUnavailable extends RuntimeException {

    public PaymentProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
