package org.inkwell.cms.core.event;

import java.time.Instant;
import org.inkwell.cms.core.ArticleRef;

/**
 * An article was changed while staying in the same state; {@code previous} is its state before.
 *
 * @since 0.1
 */
public record ArticleUpdated(ArticleRef article, ArticleRef previous, Instant at) {}
