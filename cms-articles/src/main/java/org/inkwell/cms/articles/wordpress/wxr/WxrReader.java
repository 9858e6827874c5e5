package org.inkwell.cms.articles.wordpress.wxr;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WXR file one entry at a time: authors, terms and items are handed out as they come, so
 * memory does not grow with the file (WordPress's own importer loads the whole file and runs out of
 * it). Namespaces are matched as WordPress's importer does: {@code wp} and {@code excerpt} by any
 * of the export namespaces of versions 1.0 to 1.2, {@code content} and {@code dc} by theirs.
 *
 * <p>No DTD is processed and no entity is expanded (no external file is ever read, no entity bomb
 * can grow): a file with a DOCTYPE is refused, as WordPress never writes one.
 */
public final class WxrReader implements AutoCloseable {

  public static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");

  private static final Pattern WP_NAMESPACE = Pattern.compile("http://wordpress\\.org/export/([0-9]+\\.[0-9]+)/");
  private static final Pattern EXCERPT_NAMESPACE = Pattern.compile("http://wordpress\\.org/export/1\\.[0-2]/excerpt/");
  private static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
  private static final String THUMBNAIL_ID = "_thumbnail_id";
  private static final String IMAGE_ALT = "_wp_attachment_image_alt";
  private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s).*Message: (.*)");

  private final XMLStreamReader xml;
  private final String version;
  private String link = "";
  private String baseBlogUrl = "";
  private String baseSiteUrl = "";

  private WxrReader(XMLStreamReader xml, String version) {
    this.xml = xml;
    this.version = version;
  }

  /**
   * Starts reading: checks that the file is XML whose root is a WXR {@code rss} element of a known
   * version.
   *
   * @throws WxrFormatException when it is not
   */
  public static WxrReader open(InputStream in) {
    XMLStreamReader xml;
    try {
      xml = factory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
    return new WxrReader(xml, checkRoot(xml));
  }

  /**
   * How many entries a file holds, for the progress of an import: counted in a quick pass that
   * stops at the end or at the first malformed place (the import then fails there).
   */
  public static long count(InputStream in) {
    long count = 0;
    try {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      int depth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 3 && isEntry(xml)) {
            count++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD) {
          return count;
        }
      }
    } catch (XMLStreamException malformed) {
      // counted what came before
    }
    return count;
  }

  /** The WXR version the file declares, {@code 1.0} to {@code 1.2}. */
  public String version() {
    return version;
  }

  /**
   * The site the file comes from: the channel's {@code link}, else {@code wp:base_blog_url}, else
   * {@code wp:base_site_url} (which is shared by every blog of a multisite network). Known once the
   * first entry has been read, as these come first.
   */
  public String site() {
    String site = !link.isBlank() ? link : !baseBlogUrl.isBlank() ? baseBlogUrl : baseSiteUrl;
    return site.strip().replaceAll("/+$", "");
  }

  /**
   * The next author, term or item, or {@code null} at the end of the channel.
   *
   * @throws WxrFormatException at malformed XML, naming its line and column
   */
  public WxrEntry next() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw refusedDtd(xml.getLocation());
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (name.equals("channel") && xml.getNamespaceURI() == null) {
          continue;
        }
        WxrEntry entry = readChannelChild(name);
        if (entry != null) {
          return entry;
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException ignored) {
      // nothing is held open beyond the caller's stream
    }
  }

  private static XMLInputFactory factory() {
    // The JDK's own parser, not whichever one the server puts first on the class path.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private static String checkRoot(XMLStreamReader xml) {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw refusedDtd(xml.getLocation());
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (!xml.getLocalName().equals("rss") || xml.getNamespaceURI() != null) {
            throw new WxrFormatException("not a WordPress export: the root element is " + xml.getLocalName() + ", not rss");
          }
          for (int i = 0; i < xml.getNamespaceCount(); i++) {
            Matcher wp = WP_NAMESPACE.matcher(xml.getNamespaceURI(i));
            if (wp.matches()) {
              if (!VERSIONS.contains(wp.group(1))) {
                throw new WxrFormatException("unknown WXR version " + wp.group(1) + "; versions 1.0 to 1.2 are read");
              }
              return wp.group(1);
            }
          }
          throw new WxrFormatException("not a WordPress export: no WordPress export namespace (http://wordpress.org/export/1.2/)");
        }
      }
      throw new WxrFormatException("not a WordPress export: the file is empty");
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  private static boolean isEntry(XMLStreamReader xml) {
    String name = xml.getLocalName();
    if (xml.getNamespaceURI() == null) {
      return name.equals("item");
    }
    return isWp(xml) && (name.equals("author") || name.equals("category") || name.equals("tag") || name.equals("term"));
  }

  private static boolean isWp(XMLStreamReader xml) {
    String ns = xml.getNamespaceURI();
    if (ns == null) {
      return false;
    }
    Matcher m = WP_NAMESPACE.matcher(ns);
    return m.matches() && VERSIONS.contains(m.group(1));
  }

  private WxrEntry readChannelChild(String name) throws XMLStreamException {
    if (xml.getNamespaceURI() == null) {
      switch (name) {
        case "link" -> link = text();
        case "item" -> {
          return readItem();
        }
        default -> skip();
      }
      return null;
    }
    if (!isWp(xml)) {
      skip();
      return null;
    }
    switch (name) {
      case "base_site_url" -> baseSiteUrl = text();
      case "base_blog_url" -> baseBlogUrl = text();
      case "author" -> {
        Map<String, String> f = fields();
        return new WxrAuthor(
            f.getOrDefault("author_login", ""),
            f.getOrDefault("author_email", ""),
            f.getOrDefault("author_display_name", ""),
            f.getOrDefault("author_description", ""));
      }
      case "category" -> {
        Map<String, String> f = fields();
        return new WxrTerm(
            WxrTerm.CATEGORY,
            f.get("term_id"),
            f.getOrDefault("category_nicename", ""),
            f.getOrDefault("cat_name", ""),
            f.getOrDefault("category_parent", ""),
            f.getOrDefault("category_description", ""));
      }
      case "tag" -> {
        Map<String, String> f = fields();
        return new WxrTerm(
            WxrTerm.TAG,
            f.get("term_id"),
            f.getOrDefault("tag_slug", ""),
            f.getOrDefault("tag_name", ""),
            "",
            f.getOrDefault("tag_description", ""));
      }
      case "term" -> {
        Map<String, String> f = fields();
        return new WxrTerm(
            f.getOrDefault("term_taxonomy", ""),
            f.get("term_id"),
            f.getOrDefault("term_slug", ""),
            f.getOrDefault("term_name", ""),
            f.getOrDefault("term_parent", ""),
            f.getOrDefault("term_description", ""));
      }
      default -> skip();
    }
    return null;
  }

  /** The text children of the current element by local name; nested elements are skipped. */
  private Map<String, String> fields() throws XMLStreamException {
    Map<String, String> fields = new HashMap<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      fields.put(xml.getLocalName(), textOrSkip());
    }
    return fields;
  }

  private WxrItem readItem() throws XMLStreamException {
    Map<String, String> f = new HashMap<>();
    List<WxrItem.Term> terms = new ArrayList<>();
    List<String> oldSlugs = new ArrayList<>();
    Map<String, String> meta = new HashMap<>();
    int comments = 0;
    while (nextTagSkippingText() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      String ns = xml.getNamespaceURI();
      if (ns == null && name.equals("category")) {
        String domain = attribute("domain");
        String slug = attribute("nicename");
        terms.add(new WxrItem.Term(domain, slug, text()));
      } else if (ns == null) {
        f.put(name, textOrSkip());
      } else if (ns.equals(CONTENT_NAMESPACE) && name.equals("encoded")) {
        f.put("content", text());
      } else if (EXCERPT_NAMESPACE.matcher(ns).matches() && name.equals("encoded")) {
        f.put("excerpt", text());
      } else if (ns.equals(DC_NAMESPACE) && name.equals("creator")) {
        f.put("creator", text());
      } else if (isWp(xml) && name.equals("postmeta")) {
        Map<String, String> pair = fields();
        String key = pair.get("meta_key");
        String value = pair.get("meta_value");
        if (key != null && value != null) {
          if (key.equals("_wp_old_slug")) {
            oldSlugs.add(value);
          } else if (key.equals(THUMBNAIL_ID) || key.equals(IMAGE_ALT)) {
            meta.put(key, value.strip());
          }
        }
      } else if (isWp(xml) && name.equals("comment")) {
        comments++;
        skip();
      } else if (isWp(xml)) {
        f.put("wp:" + name, textOrSkip());
      } else {
        skip();
      }
    }
    return new WxrItem(
        f.getOrDefault("wp:post_id", ""),
        f.getOrDefault("title", ""),
        f.getOrDefault("link", ""),
        f.getOrDefault("creator", ""),
        f.getOrDefault("content", ""),
        f.getOrDefault("excerpt", ""),
        f.getOrDefault("wp:post_date", ""),
        f.getOrDefault("wp:post_date_gmt", ""),
        f.getOrDefault("wp:post_modified", ""),
        f.getOrDefault("wp:post_modified_gmt", ""),
        f.getOrDefault("wp:post_name", ""),
        f.getOrDefault("wp:status", ""),
        f.getOrDefault("wp:post_parent", "0"),
        f.getOrDefault("wp:menu_order", "0"),
        f.getOrDefault("wp:post_type", "post"),
        f.getOrDefault("wp:post_password", ""),
        "1".equals(f.getOrDefault("wp:is_sticky", "0").strip()),
        List.copyOf(terms),
        List.copyOf(oldSlugs),
        comments,
        meta.getOrDefault(THUMBNAIL_ID, ""),
        f.getOrDefault("wp:attachment_url", "").strip(),
        meta.getOrDefault(IMAGE_ALT, ""));
  }

  private String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  /** Like {@code nextTag}, but tolerant of stray text between an item's elements. */
  private int nextTagSkippingText() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return event;
      }
    }
  }

  private String text() throws XMLStreamException {
    return xml.getElementText();
  }

  /** The element's text; an element with child elements is skipped and reads as empty. */
  private String textOrSkip() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            text.append(xml.getText());
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw undeclaredEntity();
        default -> {}
      }
    }
    return text.toString();
  }

  private void skip() throws XMLStreamException {
    textOrSkip();
  }

  private WxrFormatException undeclaredEntity() {
    Location at = xml.getLocation();
    return new WxrFormatException("the entity &" + xml.getLocalName() + "; is not declared", at.getLineNumber(), at.getColumnNumber());
  }

  private static WxrFormatException refusedDtd(Location at) {
    return new WxrFormatException("a DOCTYPE is not allowed in a WordPress export", at.getLineNumber(), at.getColumnNumber());
  }

  private static WxrFormatException malformed(XMLStreamException e) {
    Location at = e.getLocation();
    Matcher m = PARSER_MESSAGE.matcher(e.getMessage() == null ? "" : e.getMessage());
    String reason = "malformed XML: " + (m.matches() ? m.group(1).strip() : String.valueOf(e.getMessage()));
    return at == null ? new WxrFormatException(reason) : new WxrFormatException(reason, at.getLineNumber(), at.getColumnNumber());
  }
}
