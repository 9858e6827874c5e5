package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.spi.PageBlock;
import org.inkwell.cms.core.spi.RenderedBlock;
import org.inkwell.cms.core.spi.Theme;
import org.junit.jupiter.api.Test;

class PageBlocksTest {

  private static final ArticleRef ARTICLE =
      new ArticleRef(7, "seed", "Seed", "tips", List.of("tips"), List.of(), Instant.parse("2026-11-21T10:00:00Z"));
  private static final Theme THEME = (id, heading, cards) -> "<section>" + heading + "</section>";

  private static PageBlock block(String id, String html) {
    return blockOf(id, () -> html == null ? Optional.empty() : Optional.of(new RenderedBlock(THEME.cardSection(id, html, List.of()), Set.of(1L))));
  }

  private static PageBlock broken(String id) {
    return blockOf(id, () -> {
      throw new IllegalStateException("the plugin's database is down");
    });
  }

  private static PageBlock blockOf(String id, Supplier<Optional<RenderedBlock>> content) {
    return new PageBlock() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<RenderedBlock> renderFor(ArticleRef article, Theme theme) {
        return content.get();
      }
    };
  }

  private static List<String> htmlOf(PageBlocks.Rendered rendered) {
    return rendered.blocks().stream().map(RenderedBlock::html).toList();
  }

  @Test
  void blocksFollowTheConfiguredOrderThenTheirIds() {
    List<PageBlock> found = List.of(block("newsletter", "N"), block("author-box", "A"), block("related-posts", "R"), block("zz", "Z"));

    PageBlocks.Rendered rendered = PageBlocks.render(found, List.of("related-posts", "newsletter"), ARTICLE, THEME);

    assertThat(htmlOf(rendered)).containsExactly("<section>R</section>", "<section>N</section>", "<section>A</section>", "<section>Z</section>");
    assertThat(rendered.failed()).isFalse();
  }

  @Test
  void aFailingBlockIsLeftOutAndTheOthersStillShow() {
    List<PageBlock> found = List.of(broken("related-posts"), block("author-box", "A"), block("empty", null));

    PageBlocks.Rendered rendered = PageBlocks.render(found, List.of("related-posts"), ARTICLE, THEME);

    assertThat(htmlOf(rendered)).containsExactly("<section>A</section>");
    assertThat(rendered.failed()).as("so that the page is not kept without the block").isTrue();
  }
}
