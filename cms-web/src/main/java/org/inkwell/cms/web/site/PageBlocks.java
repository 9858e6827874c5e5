package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.spi.PageBlock;
import org.inkwell.cms.core.spi.RenderedBlock;
import org.inkwell.cms.core.spi.Theme;

/**
 * The blocks plugins add under an article, in the configured order ({@code cms.page.blocks}, then
 * the others by id). A failing block is logged and left out; the page is shown without it.
 */
@ApplicationScoped
public class PageBlocks {

  private static final Logger LOG = Logger.getLogger(PageBlocks.class.getName());

  @Inject @Any Instance<PageBlock> blocks;
  @Inject SiteConfig config;
  @Inject Templates theme;

  /** @param failed {@code true} if a block failed and was left out */
  record Rendered(List<RenderedBlock> blocks, boolean failed) {}

  Rendered renderFor(ArticleRef article) {
    List<PageBlock> found = new ArrayList<>();
    blocks.forEach(found::add);
    return render(found, config.blockOrder(), article, theme);
  }

  static Rendered render(List<PageBlock> blocks, List<String> order, ArticleRef article, Theme theme) {
    List<PageBlock> sorted = new ArrayList<>(blocks);
    sorted.sort(Comparator.<PageBlock>comparingInt(b -> rank(order, b.id())).thenComparing(PageBlock::id));
    List<RenderedBlock> rendered = new ArrayList<>();
    boolean failed = false;
    for (PageBlock block : sorted) {
      try {
        block.renderFor(article, theme).ifPresent(rendered::add);
      } catch (RuntimeException e) {
        failed = true;
        LOG.log(Level.WARNING, "Page block " + block.id() + " failed on article " + article.id() + "; shown without it", e);
      }
    }
    return new Rendered(rendered, failed);
  }

  private static int rank(List<String> order, String id) {
    int i = order.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
