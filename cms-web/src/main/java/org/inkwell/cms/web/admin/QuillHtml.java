package org.inkwell.cms.web.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns the rich-text editor's own markup into the plain HTML articles store. The editor (Quill 2)
 * writes every list as {@code <ol>} with a {@code data-list} attribute per item and code as
 * {@code div}s; the article sanitiser would keep the {@code <ol>} and lose the difference, so
 * bullet lists would come out numbered.
 */
final class QuillHtml {

  private QuillHtml() {}

  static String normalise(String html) {
    if (html == null || html.isBlank()) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    doc.select("span.ql-ui").remove();
    doc.select("ol:has(> li[data-list])").forEach(QuillHtml::splitList);
    doc.select("div.ql-code-block-container").forEach(QuillHtml::codeBlock);
    doc.select("p").stream().filter(p -> p.text().isBlank() && p.select("img").isEmpty()).forEach(Element::remove);
    return doc.body().html();
  }

  /** One {@code <ol>} of mixed items becomes a {@code <ul>} or {@code <ol>} per run of one kind. */
  private static void splitList(Element list) {
    Element current = null;
    String currentKind = null;
    for (Element item : new Elements(list.children())) {
      String kind = "bullet".equals(item.attr("data-list")) ? "ul" : "ol";
      if (!kind.equals(currentKind)) {
        current = new Element(kind);
        list.before(current);
        currentKind = kind;
      }
      item.removeAttr("data-list");
      current.appendChild(item);
    }
    list.remove();
  }

  private static void codeBlock(Element container) {
    StringBuilder code = new StringBuilder();
    for (Element line : container.select("div.ql-code-block")) {
      if (!code.isEmpty()) {
        code.append('\n');
      }
      code.append(line.wholeText());
    }
    Element pre = new Element("pre");
    pre.appendElement("code").text(code.toString());
    container.replaceWith(pre);
  }
}
