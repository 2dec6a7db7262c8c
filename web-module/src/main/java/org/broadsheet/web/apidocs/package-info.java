/**
 * The OpenAPI description of the JSON API and the webhook endpoint, generated from the controllers, with the
 * contract's bearer tokens and problem+json errors; and the browsable Swagger UI that reads it.
 */
package org.broadsheet.web.apidocs;
