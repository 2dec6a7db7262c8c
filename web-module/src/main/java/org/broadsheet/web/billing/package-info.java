/** Billing on the web: plans, checkout, the Stripe webhook endpoint, the local checkout and the subscription pages. */
package org.broadsheet.web.billing;
