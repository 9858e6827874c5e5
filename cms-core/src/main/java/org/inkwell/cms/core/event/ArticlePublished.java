package org.inkwell.cms.core.event;

import java.time.Instant;
import org.inkwell.cms.core.ArticleRef;

/**
 * An article went public (published now, or a scheduled article reached its time).
 *
 * @since 0.1
 */
public record ArticlePublished(ArticleRef article, Instant at) {}
