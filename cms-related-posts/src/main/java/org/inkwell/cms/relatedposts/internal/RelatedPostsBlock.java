package org.inkwell.cms.relatedposts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.PageBlock;
import org.inkwell.cms.core.spi.RenderedBlock;
import org.inkwell.cms.core.spi.Theme;

/** The Recommended Posts block under an article: the first cards of its stored list. */
@ApplicationScoped
public class RelatedPostsBlock implements PageBlock {

  static final String ID = "related-posts";
  private static final String HEADING = "Recommended Posts";

  @Inject RelatedPostsPlugin plugin;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<RenderedBlock> renderFor(ArticleRef article, Theme theme) {
    List<Long> picks = plugin.listOf(article.id()).orElse(List.of()).stream().map(Pick::articleId).toList();
    // Cards of the whole stored list, so that a post withdrawn a moment ago leaves no gap.
    List<ArticleCard> cards = plugin.cards(picks).stream().limit(plugin.settings().count()).toList();
    if (cards.isEmpty()) {
      return Optional.empty();
    }
    // The page depends on every listed post: one withdrawn or published later changes the block.
    return Optional.of(new RenderedBlock(theme.cardSection(ID, HEADING, cards), new HashSet<>(picks)));
  }
}
