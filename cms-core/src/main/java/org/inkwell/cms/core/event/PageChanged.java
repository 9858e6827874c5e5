package org.inkwell.cms.core.event;

import java.time.Instant;

/**
 * A page that readers can see, or could see before, changed: published, edited, moved, withdrawn
 * or trashed. Pages are not articles: they fire none of the article events.
 *
 * @since 0.4
 */
public record PageChanged(long pageId, Instant at) {}
