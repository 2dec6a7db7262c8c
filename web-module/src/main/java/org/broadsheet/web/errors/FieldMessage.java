package org.broadsheet.web.errors;

/** One entry of a problem's {@code errors}: which input was wrong and why. */
public record FieldMessage(String field, String message) {
}
