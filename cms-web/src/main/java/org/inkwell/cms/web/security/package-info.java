/**
 * Authentication: HTTP Basic for the API and a sign-in form with a session for the admin, both
 * against the users stored by the articles module, with PBKDF2 password hashes, a short-lived cache
 * of verified credentials and throttling of failures.
 */
package org.inkwell.cms.web.security;
