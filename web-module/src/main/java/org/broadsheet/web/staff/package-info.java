/**
 * The staff console and staff API: support handles accounts (comps, trials, locks, cancellations), editors file
 * articles, admins refund, manage roles and watch operations; every action on an account is audited.
 */
package org.broadsheet.web.staff;
