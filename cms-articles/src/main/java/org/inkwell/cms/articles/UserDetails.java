package org.inkwell.cms.articles;

import java.time.Instant;

/** A user as administrators see them; never carries the password hash. */
public record UserDetails(
    long id, String login, String name, String bio, Role role, boolean active, Instant createdAt) {}
