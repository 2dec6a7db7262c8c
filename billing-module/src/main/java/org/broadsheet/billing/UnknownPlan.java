package org.broadsheet.billing;

/** Thrown when a plan key names no plan on offer. */
public class UnknownPlan extends RuntimeException {

    public UnknownPlan(String key) {
        super("There is no plan '" + key + "'; choose monthly or annual.");
    }
}
