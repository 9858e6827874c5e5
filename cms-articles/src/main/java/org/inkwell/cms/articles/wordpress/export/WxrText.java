package org.inkwell.cms.articles.wordpress.export;

import java.util.ArrayList;
import java.util.List;

/** Text as a WXR file can carry it. */
final class WxrText {

  private static final String CDATA_END = "]]>";

  private WxrText() {}

  /**
   * The text with only the characters XML 1.0 allows: control characters other than tab and line
   * breaks, lone surrogates and U+FFFE/U+FFFF are dropped (no parser would read the file past them).
   */
  static String xmlSafe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed = pair || isXmlChar(c);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && allowed) {
        out.append(c);
        if (pair) {
          out.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }

  /**
   * A title or name as WordPress stores it, with {@code &}, {@code <}, {@code >} and {@code "} as
   * character references (its {@code esc_html}): importers decode one round of them, so a title that
   * reads {@code Fish &amp; chips} comes back as written.
   */
  static String escaped(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * The CDATA sections that carry the text: one, unless it holds {@code ]]>}, which no section can;
   * it is split between two ({@code ]]} ending one, {@code >} starting the next), as WordPress does.
   */
  static List<String> cdataSections(String text) {
    List<String> sections = new ArrayList<>();
    int from = 0;
    for (int at = text.indexOf(CDATA_END); at >= 0; at = text.indexOf(CDATA_END, at + 1)) {
      sections.add(text.substring(from, at + 2));
      from = at + 2;
    }
    sections.add(text.substring(from));
    return sections;
  }
}
