package org.inkwell.cms.core.event;

import java.time.Instant;
import org.inkwell.cms.core.ArticleRef;

/**
 * An article stopped being public (moved back to draft or pending review).
 *
 * @since 0.1
 */
public record ArticleUnpublished(ArticleRef article, Instant at) {}
