/**
 * Web: the pages, the JSON API, the Stripe webhook endpoint and the staff console; the security filter
 * chain; the adapters that wire the other modules' ports together.
 */
package org.broadsheet.web;
