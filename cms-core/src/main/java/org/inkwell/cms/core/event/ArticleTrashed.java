package org.inkwell.cms.core.event;

import java.time.Instant;
import org.inkwell.cms.core.ArticleRef;

/**
 * An article was moved to the trash.
 *
 * @since 0.1
 */
public record ArticleTrashed(ArticleRef article, Instant at) {}
