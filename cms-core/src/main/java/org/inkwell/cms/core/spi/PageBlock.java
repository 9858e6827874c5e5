package org.inkwell.cms.core.spi;

import java.util.Optional;
import org.inkwell.cms.core.ArticleRef;

/**
 * Something a plugin adds to the public page of an article, below its body: Recommended Posts, an
 * author box, a newsletter form.
 *
 * <p>How to implement: an {@code @ApplicationScoped} bean in the plugin's JAR (whose {@code
 * META-INF/beans.xml} says {@code bean-discovery-mode="annotated"}). The site finds every {@code
 * PageBlock} through CDI and shows them in the order of the ids listed in the configuration key
 * {@code cms.page.blocks}, then any others by id. Build the markup with the {@link Theme} handed
 * in, so the block looks like the rest of the site and every text is escaped. The page is rendered
 * once and kept: list the articles the block shows in {@link RenderedBlock#articleIds()}, and fire
 * {@link org.inkwell.cms.core.event.PageBlockChanged} when the block of an article would now look
 * different for another reason. An exception thrown here is logged and the page is shown without
 * the block.
 *
 * @since 0.3
 */
public interface PageBlock {

  /** A stable, URL-safe name such as {@code related-posts}, used to order blocks. */
  String id();

  /** The block for this published article, or empty to show nothing there. */
  Optional<RenderedBlock> renderFor(ArticleRef article, Theme theme);
}
