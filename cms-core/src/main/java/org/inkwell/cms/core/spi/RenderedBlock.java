package org.inkwell.cms.core.spi;

import java.util.Set;

/**
 * A block's markup and the articles it shows, so that the page is rendered again when one of them
 * changes.
 *
 * @param html a fragment of HTML made with the {@link Theme}
 * @since 0.3
 */
public record RenderedBlock(String html, Set<Long> articleIds) {

  public RenderedBlock {
    articleIds = Set.copyOf(articleIds);
  }
}
