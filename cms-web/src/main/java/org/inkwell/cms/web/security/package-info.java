/**
 * Authentication: HTTP Basic for the API against the users stored by the articles module, with
 * PBKDF2 password hashes, a short-lived cache of verified credentials and throttling of failures.
 */
package org.inkwell.cms.web.security;
