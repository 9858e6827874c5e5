package org.inkwell.cms.web.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An article body as the SEO checks read it: each block's words split once, since several checks
 * walk them on every keystroke.
 */
record BodyWords(List<Part> parts, List<String> imageAlts) {

  record Part(ArticleText.Block block, List<String> words) {}

  /** The levels Yoast counts as subheadings: H1 is the article's title, H5 and H6 are too minor. */
  private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4");

  static BodyWords of(String bodyHtml) {
    ArticleText text = ArticleText.of(bodyHtml);
    List<Part> parts = text.blocks().stream().map(b -> new Part(b, Words.of(b.text()))).toList();
    return new BodyWords(parts, text.imageAlts());
  }

  int wordCount() {
    return parts.stream().mapToInt(p -> p.words().size()).sum();
  }

  Optional<Part> firstParagraph() {
    return parts.stream().filter(p -> p.block().tag().equals("p")).findFirst();
  }

  List<Part> subheadings() {
    return parts.stream().filter(p -> SUBHEADINGS.contains(p.block().tag())).toList();
  }

  /** Everything but headings: paragraphs, list items, quotes. */
  List<Part> paragraphs() {
    return parts.stream().filter(p -> !p.block().isHeading()).toList();
  }
}
