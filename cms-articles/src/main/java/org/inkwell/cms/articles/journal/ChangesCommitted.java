package org.inkwell.cms.articles.journal;

/**
 * Fired on the writing node once a transaction that changed content has committed and its own
 * observers have seen the change; {@code lastId} is the journal row it wrote last.
 */
public record ChangesCommitted(long lastId) {}
