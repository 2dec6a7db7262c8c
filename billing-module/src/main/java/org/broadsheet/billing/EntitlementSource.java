package org.broadsheet.billing;

/** Why a reader may read PREMIUM articles, or {@link #NONE}. */
public enum EntitlementSource {
    NONE, TRIAL, SUBSCRIPTION, GRACE, COMP
}
