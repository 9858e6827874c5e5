package org.inkwell.cms.web.admin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text a reader sees in an article body, as blocks of plain text (one per paragraph, heading,
 * list item and the like), plus the alternative texts of its images.
 */
record ArticleText(List<Block> blocks, List<String> imageAlts) {

  /**
   * One paragraph, heading, list item, ... of plain text.
   *
   * @param tag the innermost block element holding the text, {@code body} for loose text
   */
  record Block(String tag, String text) {

    boolean isHeading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
  }

  private static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
      "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
      "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul");
  /** Their contents are code or fallbacks, never text a reader sees. */
  private static final Set<String> HIDDEN_TAGS = Set.of("script", "style", "template", "noscript");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  static ArticleText of(String bodyHtml) {
    Collector collector = new Collector();
    NodeTraversor.filter(collector, Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).body());
    collector.flush();
    return new ArticleText(List.copyOf(collector.blocks), List.copyOf(collector.alts));
  }

  /** Whitespace runs of any kind (non-breaking spaces included) as one space, trimmed. */
  static String normaliseSpace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Gathers text until a block element starts or ends, so that nested blocks (a paragraph in a list
   * item) become blocks of their own and inline markup never splits one.
   */
  private static final class Collector implements NodeFilter {

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> alts = new ArrayList<>();
    private final Deque<String> openBlocks = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.getWholeText());
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (HIDDEN_TAGS.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK_TAGS.contains(name)) {
          flush();
          openBlocks.push(name);
        } else if (name.equals("br")) {
          text.append(' ');
        } else if (name.equals("img") && !element.attr("alt").isBlank()) {
          alts.add(normaliseSpace(element.attr("alt")));
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
        flush();
        openBlocks.pop();
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      String block = normaliseSpace(text.toString());
      if (!block.isEmpty()) {
        blocks.add(new Block(openBlocks.isEmpty() ? "body" : openBlocks.peek(), block));
      }
      text.setLength(0);
    }
  }
}
