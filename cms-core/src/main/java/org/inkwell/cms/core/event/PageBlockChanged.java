package org.inkwell.cms.core.event;

import java.util.Set;

/**
 * What a {@link org.inkwell.cms.core.spi.PageBlock} shows on some articles' pages changed without
 * a content event saying so, for example because new recommendations were computed.
 *
 * @param articleIds the articles whose pages changed; ignored when {@code everyArticle}
 * @since 0.3
 */
public record PageBlockChanged(String blockId, Set<Long> articleIds, boolean everyArticle) {

  public PageBlockChanged {
    articleIds = Set.copyOf(articleIds);
  }

  public static PageBlockChanged on(String blockId, Set<Long> articleIds) {
    return new PageBlockChanged(blockId, articleIds, false);
  }

  public static PageBlockChanged everywhere(String blockId) {
    return new PageBlockChanged(blockId, Set.of(), true);
  }
}
