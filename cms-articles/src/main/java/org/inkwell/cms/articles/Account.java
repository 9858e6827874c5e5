package org.inkwell.cms.articles;

/**
 * An active user as sign-in sees them.
 *
 * @param credentials a fingerprint of the user's password and role: it changes with either, so a
 *     session or a remembered verification made under another value is void
 */
public record Account(Actor actor, String credentials) {}
