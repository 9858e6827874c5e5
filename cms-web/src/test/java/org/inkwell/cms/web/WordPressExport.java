package org.inkwell.cms.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The published posts of a WordPress export (WXR) file in the test resources. */
final class WordPressExport {

  private static final String WP = "http://wordpress.org/export/1.2/";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

  record Post(String title, String html) {}

  private WordPressExport() {}

  /** WordPress's own theme test data: 61 posts of block-editor markup, styles, embeds and images. */
  static List<Post> themeTestData() {
    try (InputStream in = WordPressExport.class.getResourceAsStream("/wordpress/theme-test-data.wxr.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList items = factory.newDocumentBuilder().parse(in).getElementsByTagName("item");
      List<Post> posts = new ArrayList<>();
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        if (text(item, WP, "post_type").equals("post") && text(item, WP, "status").equals("publish")) {
          String title = item.getElementsByTagName("title").item(0).getTextContent().strip();
          posts.add(new Post(title.isEmpty() ? "Untitled post " + i : title, text(item, CONTENT, "encoded")));
        }
      }
      return posts;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the WordPress export", e);
    }
  }

  private static String text(Element item, String namespace, String name) {
    NodeList found = item.getElementsByTagNameNS(namespace, name);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent();
  }
}
