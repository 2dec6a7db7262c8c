/**
 * Small adapters that join one module's port to another module's capability, so the modules never see
 * each other.
 */
package org.broadsheet.web.wiring;
