package org.inkwell.cms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Two bodies are the same to a reader when this form of them is equal: white space folded as the
 * browser folds it, attributes and classes in order, and each run of text with the set of inline
 * elements around it (so {@code <a><b>x</b></a>} equals {@code <b><a>x</a></b>}). The editor's
 * own check of what it can hold uses the same rules.
 */
final class BodyEquivalence {

  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr", "div",
      "address", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
      "figure", "figcaption", "dl", "dt", "dd", "audio", "video", "source");

  private record Token(String block, String text, String atom, String marks, boolean pre) {}

  private BodyEquivalence() {}

  static String canonical(String html) {
    List<Token> tokens = new ArrayList<>();
    walk(Jsoup.parseBodyFragment(html == null ? "" : html).body(), List.of(), false, tokens);
    return tidy(tokens);
  }

  private static void walk(Element parent, List<String> marks, boolean pre, List<Token> out) {
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode text) {
        String value = pre ? text.getWholeText() : text.getWholeText().replaceAll("[ \t\r\n\f]+", " ");
        out.add(new Token(null, value, null, String.join("", marks), pre));
      } else if (node instanceof Element element) {
        String tag = "<" + element.tagName() + attributes(element) + ">";
        if (BLOCKS.contains(element.tagName())) {
          out.add(new Token(tag, null, null, null, false));
          walk(element, List.of(), pre || element.tagName().equals("pre"), out);
          out.add(new Token("</" + element.tagName() + ">", null, null, null, false));
        } else if (element.tagName().equals("img") || element.tagName().equals("br")) {
          out.add(new Token(null, null, tag, String.join("", marks), pre));
        } else {
          List<String> inner = new ArrayList<>(marks);
          inner.add(tag);
          walk(element, inner.stream().sorted().toList(), pre, out);
        }
      }
    }
  }

  private static String attributes(Element element) {
    return element.attributes().asList().stream()
        .map(a -> new String[] {a.getKey(), a.getKey().equals("class") ? classes(a) : a.getValue()})
        .filter(a -> !(a[0].equals("class") && a[1].isEmpty()))
        .sorted((a, b) -> a[0].compareTo(b[0]))
        .map(a -> " " + a[0] + "=\"" + a[1].replace("&", "&amp;").replace("\"", "&quot;") + "\"")
        .collect(Collectors.joining());
  }

  private static String classes(Attribute attribute) {
    return String.join(" ", new TreeSet<>(List.of(attribute.getValue().trim().split("\\s+")))).trim();
  }

  private static String tidy(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    List<Token> inline = new ArrayList<>();
    for (Token token : tokens) {
      if (token.block() != null) {
        flush(inline, out);
        out.append(token.block()).append('\n');
      } else {
        inline.add(token);
      }
    }
    flush(inline, out);
    return out.toString();
  }

  /** One run of inline content between block boundaries, which swallow the space at its ends. */
  private static void flush(List<Token> inline, StringBuilder out) {
    List<Token> run = new ArrayList<>(inline);
    inline.clear();
    if (run.stream().noneMatch(Token::pre)) {
      trim(run, 0);
      trim(run, -1);
    }
    String marks = null;
    StringBuilder text = null;
    for (Token token : run) {
      if (token.text() != null && text != null && token.marks().equals(marks)) {
        text.append(token.text());
        continue;
      }
      if (text != null) {
        line(out, marks, text.toString());
        text = null;
      }
      if (token.text() != null) {
        marks = token.marks();
        text = new StringBuilder(token.text());
      } else {
        out.append('[').append(token.marks()).append(']').append(token.atom()).append('\n');
      }
    }
    if (text != null) {
      line(out, marks, text.toString());
    }
  }

  private static void trim(List<Token> run, int end) {
    while (!run.isEmpty()) {
      int at = end < 0 ? run.size() - 1 : 0;
      Token token = run.get(at);
      if (token.text() == null) {
        return;
      }
      String text = end < 0 ? token.text().replaceFirst(" $", "") : token.text().replaceFirst("^ ", "");
      if (!text.isEmpty()) {
        run.set(at, new Token(null, text, null, token.marks(), token.pre()));
        return;
      }
      run.remove(at);
    }
  }

  private static void line(StringBuilder out, String marks, String text) {
    if (!text.isEmpty()) {
      out.append('[').append(marks).append(']')
          .append(text.replace("&", "&amp;").replace("<", "&lt;").replace("\u00a0", "&nbsp;")).append('\n');
    }
  }
}
