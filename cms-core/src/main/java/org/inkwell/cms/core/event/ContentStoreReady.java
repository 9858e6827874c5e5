package org.inkwell.cms.core.event;

import java.time.Instant;

/**
 * Fired once at start-up, when the content store's schema is current and its initial content (the
 * first administrator, demo articles) is in place: from then on {@code ArticleCatalog} answers.
 *
 * @since 0.2
 */
public record ContentStoreReady(Instant at) {}
