/**
 * Auth: accounts, password hashing, email verification and reset, tokens for the app, roles and lockout,
 * and the mail those need.
 */
package org.broadsheet.auth;
