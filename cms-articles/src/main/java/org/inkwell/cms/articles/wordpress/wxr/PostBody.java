package org.inkwell.cms.articles.wordpress.wxr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a WordPress body into HTML the site can sanitise and show: block-editor comments go (the
 * blocks' HTML stays), shortcodes become the HTML WordPress would show where that needs nothing to
 * run ({@link Shortcodes}), and classic posts get the paragraphs WordPress adds when it shows them
 * (its {@code wpautop}). {@code pre} blocks are left exactly as written, blank lines and all.
 */
public final class PostBody {

  private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->\\n?");
  private static final Pattern PRE = Pattern.compile("(?is)<pre\\b.*?</pre>");
  private static final Pattern PLACEHOLDER = Pattern.compile("\uE000([0-9]+)\uE001");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern STARTS_WITH_BLOCK =
      Pattern.compile("(?is)^<(/?)(p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|hr|address|section|article|aside|header|footer|nav|form|details|summary|audio|video)\\b.*");

  /** The converted HTML and what did not come over as it was, each once. */
  public record Converted(String html, List<String> problems) {}

  private PostBody() {}

  /** Converts with no attachment known (see {@link Attachments#NONE}). */
  public static Converted convert(String wordpressHtml) {
    return convert(wordpressHtml, Attachments.NONE);
  }

  public static Converted convert(String wordpressHtml, Attachments attachments) {
    String html = wordpressHtml == null ? "" : wordpressHtml.replace("\r\n", "\n");
    boolean blocks = html.contains("<!-- wp:");
    html = BLOCK_COMMENT.matcher(html).replaceAll("");
    List<String> pres = new ArrayList<>();
    html = setAside(html, pres);
    Shortcodes shortcodes = new Shortcodes(attachments);
    html = shortcodes.convert(html);
    if (!blocks) {
      html = paragraphs(html);
    }
    List<String> problems = shortcodes.problems(html);
    return new Converted(putBack(html, pres).strip(), problems);
  }

  /** Replaces each {@code pre} block by a placeholder, so that nothing converts inside it. */
  private static String setAside(String html, List<String> pres) {
    Matcher m = PRE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      pres.add(m.group());
      m.appendReplacement(out, "\uE000" + (pres.size() - 1) + "\uE001");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String putBack(String html, List<String> pres) {
    Matcher m = PLACEHOLDER.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(pres.get(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Blank lines separate paragraphs, single line breaks are breaks, as WordPress shows classic posts. */
  private static String paragraphs(String html) {
    if (!html.contains("\n")) {
      return html;
    }
    StringBuilder out = new StringBuilder();
    for (String chunk : PARAGRAPH_BREAK.split(html.strip())) {
      String text = chunk.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (STARTS_WITH_BLOCK.matcher(text).matches() || text.startsWith("<!--") || text.startsWith("\uE000")) {
        out.append(text).append('\n');
      } else {
        out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n");
      }
    }
    return out.toString();
  }
}
