/**
 * Running Broadsheet in production: start-up checks of the settings, the HTTP caching policy, and who may see
 * the actuator endpoints.
 */
package org.broadsheet.web.operations;
