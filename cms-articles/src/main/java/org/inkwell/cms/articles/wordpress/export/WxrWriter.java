package org.inkwell.cms.articles.wordpress.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.core.Slug;

/**
 * Writes a WXR 1.2 file as its entries are handed over, straight to the stream: the channel's own
 * elements on {@link #open}, then authors, categories, tags and menus, then items (articles, pages,
 * attachments, menu items, in that order: WordPress's importer looks up what a menu item leads to
 * among the items it has already read), then {@link #close}.
 *
 * <p>The elements and namespaces are those WordPress's importer reads, each prefix as WordPress
 * writes it (its fallback parsers match prefixed names). Titles and names are entity-escaped, as
 * WordPress stores them; texts go in CDATA sections; characters XML 1.0 does not allow are dropped.
 */
public final class WxrWriter implements AutoCloseable {

  public static final String VERSION = "1.2";
  static final String WP = "http://wordpress.org/export/1.2/";
  static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String WFW = "http://wellformedweb.org/CommentAPI/";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private static final DateTimeFormatter WXR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter RSS_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss +0000", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  /** The public pages are in English; the site has no language setting. */
  private static final String LANGUAGE = "en";

  private final XMLStreamWriter xml;
  private final WxrSite site;

  private WxrWriter(XMLStreamWriter xml, WxrSite site) {
    this.xml = xml;
    this.site = site;
  }

  /** Starts the file: the XML declaration, {@code rss} and the channel's description of the site. */
  public static WxrWriter open(OutputStream out, WxrSite site) throws IOException {
    try {
      // The JDK's own writer, not whichever one the server puts first on the class path.
      WxrWriter writer = new WxrWriter(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8"), site);
      writer.begin();
      return writer;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  private void begin() throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeComment(" A WordPress eXtended RSS file (WXR " + VERSION + "): WordPress imports it under Tools, Import,"
        + " WordPress, and so does any site that reads WordPress exports. ");
    xml.writeCharacters("\n");
    xml.writeStartElement("rss");
    xml.writeAttribute("version", "2.0");
    xml.writeNamespace("excerpt", EXCERPT);
    xml.writeNamespace("content", CONTENT);
    xml.writeNamespace("wfw", WFW);
    xml.writeNamespace("dc", DC);
    xml.writeNamespace("wp", WP);
    indent(1);
    xml.writeStartElement("channel");
    text(2, "title", WxrText.escaped(site.title()));
    text(2, "link", site.address());
    text(2, "description", WxrText.escaped(site.tagline()));
    text(2, "pubDate", RSS_DATE.format(site.exportedAt()));
    text(2, "language", LANGUAGE);
    wp(2, "wxr_version", VERSION);
    wp(2, "base_site_url", site.address());
    wp(2, "base_blog_url", site.address());
  }

  /** A {@code wp:author}: login, display name and bio; WordPress's e-mail and names stay empty. */
  public void author(ExportedAuthor author) throws IOException {
    write(() -> {
      start(2, WP, "author");
      wp(3, "author_id", Long.toString(author.id()));
      wpData(3, "author_login", author.login());
      wpData(3, "author_email", "");
      wpData(3, "author_display_name", WxrText.escaped(author.displayName()));
      wpData(3, "author_first_name", "");
      wpData(3, "author_last_name", "");
      if (author.bio() != null && !author.bio().isBlank()) {
        wpData(3, "author_description", author.bio());
      }
      end(2);
    });
  }

  /** A {@code wp:category}; its parent must have been written before it. */
  public void category(ExportedCategory category) throws IOException {
    write(() -> {
      start(2, WP, "category");
      wp(3, "term_id", Long.toString(WxrIds.category(category.id())));
      wpData(3, "category_nicename", category.slug());
      wpData(3, "category_parent", category.parentSlug() == null ? "" : category.parentSlug());
      wpData(3, "cat_name", WxrText.escaped(category.name()));
      if (category.description() != null && !category.description().isBlank()) {
        wpData(3, "category_description", WxrText.escaped(category.description()));
      }
      end(2);
    });
  }

  public void tag(ExportedTag tag) throws IOException {
    write(() -> {
      start(2, WP, "tag");
      wp(3, "term_id", Long.toString(WxrIds.tag(tag.id())));
      wpData(3, "tag_slug", tag.slug());
      wpData(3, "tag_name", WxrText.escaped(tag.name()));
      end(2);
    });
  }

  /** The {@code nav_menu} term that a menu's items are filed under. */
  public void menu(MenuLocation location) throws IOException {
    write(() -> {
      start(2, WP, "term");
      wp(3, "term_id", Long.toString(WxrIds.menu(location)));
      wpData(3, "term_taxonomy", "nav_menu");
      wpData(3, "term_slug", location.id());
      wpData(3, "term_parent", "");
      wpData(3, "term_name", menuName(location));
      end(2);
    });
  }

  /**
   * An article or page. A featured image that is not in the media library follows it as an
   * attachment of its own, for importers to download.
   */
  public void post(ExportedPost post) throws IOException {
    write(() -> {
      long id = WxrIds.post(post.id());
      FeaturedImage featured = featured(post);
      start(2, null, "item");
      data(3, null, "title", WxrText.escaped(post.title()));
      text(3, "link", site.address() + "/" + post.path() + "/");
      text(3, "pubDate", RSS_DATE.format(post.date()));
      data(3, DC, "creator", post.authorLogin());
      guid(id);
      text(3, "description", "");
      data(3, CONTENT, "encoded", WxrBodies.content(post.body(), site.address()));
      data(3, EXCERPT, "encoded", WxrText.escaped(post.excerpt()));
      wp(3, "post_id", Long.toString(id));
      dates(post.date(), post.modified());
      wpData(3, "comment_status", "closed");
      wpData(3, "ping_status", "closed");
      wpData(3, "post_name", post.slug());
      wpData(3, "status", status(post.status()));
      wp(3, "post_parent", post.parentId() == null ? "0" : Long.toString(WxrIds.post(post.parentId())));
      wp(3, "menu_order", Integer.toString(post.menuOrder()));
      wpData(3, "post_type", post.page() ? "page" : "post");
      wpData(3, "post_password", "");
      wp(3, "is_sticky", post.sticky() ? "1" : "0");
      for (ExportedPost.Term category : post.categories()) {
        term("category", category);
      }
      for (ExportedPost.Term tag : post.tags()) {
        term("post_tag", tag);
      }
      if (featured != null) {
        meta("_thumbnail_id", Long.toString(featured.id()));
      }
      for (String oldSlug : post.oldSlugs()) {
        meta("_wp_old_slug", oldSlug);
      }
      seo(post.seo());
      end(2);
      if (featured != null && post.featuredImage().mediaId() == null) {
        String url = absolute(post.featuredImage().url());
        attachment(featured.id(), id, fileTitle(url), url, post.featuredImage().alt(), null, post.date(), post.authorLogin());
      }
    });
  }

  /** An image of the media library, as an attachment. */
  public void media(ExportedMedia media) throws IOException {
    write(() -> attachment(WxrIds.attachment(media.id()), 0, fileTitle(media.fileName()), absolute(media.url()),
        media.altText(), media.caption(), media.uploadedAt(), media.uploaderLogin()));
  }

  /** A menu item; the item it is under must have been written before it. */
  public void menuItem(ExportedMenuItem item) throws IOException {
    write(() -> {
      long id = WxrIds.menuItem(item.location(), item.position());
      MenuTarget target = item.target();
      start(2, null, "item");
      data(3, null, "title", WxrText.escaped(item.label()));
      text(3, "link", site.address() + "/");
      text(3, "pubDate", RSS_DATE.format(site.exportedAt()));
      data(3, DC, "creator", "");
      guid(id);
      text(3, "description", "");
      data(3, CONTENT, "encoded", "");
      data(3, EXCERPT, "encoded", "");
      wp(3, "post_id", Long.toString(id));
      dates(site.exportedAt(), site.exportedAt());
      wpData(3, "comment_status", "closed");
      wpData(3, "ping_status", "closed");
      wpData(3, "post_name", Long.toString(id));
      wpData(3, "status", "publish");
      wp(3, "post_parent", "0");
      wp(3, "menu_order", Integer.toString(item.position() + 1));
      wpData(3, "post_type", "nav_menu_item");
      wpData(3, "post_password", "");
      wp(3, "is_sticky", "0");
      start(3, null, "category");
      xml.writeAttribute("domain", "nav_menu");
      xml.writeAttribute("nicename", item.location().id());
      cdata(menuName(item.location()));
      xml.writeEndElement();
      meta("_menu_item_type", switch (target.kind()) {
        case PAGE, ARTICLE -> "post_type";
        case CATEGORY, TAG -> "taxonomy";
        case URL -> "custom";
      });
      meta("_menu_item_menu_item_parent",
          item.parentPosition() == null ? "0" : Long.toString(WxrIds.menuItem(item.location(), item.parentPosition())));
      meta("_menu_item_object_id", Long.toString(switch (target.kind()) {
        case PAGE, ARTICLE -> WxrIds.post(target.id());
        case CATEGORY -> WxrIds.category(target.id());
        case TAG -> WxrIds.tag(target.id());
        case URL -> id;
      }));
      meta("_menu_item_object", switch (target.kind()) {
        case PAGE -> "page";
        case ARTICLE -> "post";
        case CATEGORY -> "category";
        case TAG -> "post_tag";
        case URL -> "custom";
      });
      meta("_menu_item_target", "");
      meta("_menu_item_classes", "");
      meta("_menu_item_xfn", "");
      meta("_menu_item_url", target.kind() == MenuTarget.Kind.URL ? absolute(target.url()) : "");
      end(2);
    });
  }

  /** Ends the channel and the file, and flushes it; the stream stays open. */
  @Override
  public void close() throws IOException {
    write(() -> {
      indent(1);
      xml.writeEndElement();
      indent(0);
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    });
  }

  /** WordPress's status of an item: scheduled is {@code future}, published {@code publish}. */
  static String status(ArticleStatus status) {
    return switch (status) {
      case PUBLISHED -> "publish";
      case SCHEDULED -> "future";
      case PENDING -> "pending";
      case DRAFT -> "draft";
      case TRASHED -> "trash";
    };
  }

  private record FeaturedImage(long id) {}

  private static FeaturedImage featured(ExportedPost post) {
    ExportedPost.FeaturedImage image = post.featuredImage();
    if (image == null || image.url() == null || image.url().isBlank()) {
      return null;
    }
    return new FeaturedImage(image.mediaId() != null ? WxrIds.attachment(image.mediaId()) : WxrIds.featuredImage(post.id()));
  }

  private void attachment(long id, long parentId, String title, String url, String alt, String caption,
      Instant date, String uploader) throws XMLStreamException {
    start(2, null, "item");
    data(3, null, "title", WxrText.escaped(title));
    text(3, "link", url);
    text(3, "pubDate", RSS_DATE.format(date));
    data(3, DC, "creator", uploader);
    start(3, null, "guid");
    xml.writeAttribute("isPermaLink", "false");
    xml.writeCharacters(WxrText.xmlSafe(url));
    xml.writeEndElement();
    text(3, "description", "");
    data(3, CONTENT, "encoded", "");
    // WordPress keeps an attachment's caption as its excerpt.
    data(3, EXCERPT, "encoded", WxrText.escaped(caption));
    wp(3, "post_id", Long.toString(id));
    dates(date, date);
    wpData(3, "comment_status", "closed");
    wpData(3, "ping_status", "closed");
    wpData(3, "post_name", Slug.fromTitle(title).value());
    wpData(3, "status", "inherit");
    wp(3, "post_parent", Long.toString(parentId));
    wp(3, "menu_order", "0");
    wpData(3, "post_type", "attachment");
    wpData(3, "post_password", "");
    wp(3, "is_sticky", "0");
    wpData(3, "attachment_url", url);
    if (alt != null && !alt.isBlank()) {
      meta("_wp_attachment_image_alt", WxrText.escaped(alt));
    }
    end(2);
  }

  /** Yoast SEO's fields, which WordPress sites keep SEO titles and descriptions in. */
  private void seo(SeoFields seo) throws XMLStreamException {
    if (seo == null) {
      return;
    }
    optionalMeta("_yoast_wpseo_title", seo.metaTitle());
    optionalMeta("_yoast_wpseo_metadesc", seo.metaDescription());
    optionalMeta("_yoast_wpseo_focuskw", seo.focusKeyphrase());
    optionalMeta("_yoast_wpseo_canonical", seo.canonical());
    if (Boolean.TRUE.equals(seo.noindex())) {
      meta("_yoast_wpseo_meta-robots-noindex", "1");
    }
  }

  private void optionalMeta(String key, String value) throws XMLStreamException {
    if (value != null && !value.isBlank()) {
      meta(key, value);
    }
  }

  private void guid(long id) throws XMLStreamException {
    start(3, null, "guid");
    xml.writeAttribute("isPermaLink", "false");
    xml.writeCharacters(WxrText.xmlSafe(site.address() + "/?p=" + id));
    xml.writeEndElement();
  }

  private void dates(Instant date, Instant modified) throws XMLStreamException {
    wpData(3, "post_date", WXR_DATE.format(date.atZone(site.timeZone())));
    wpData(3, "post_date_gmt", WXR_DATE.format(date.atZone(ZoneOffset.UTC)));
    wpData(3, "post_modified", WXR_DATE.format(modified.atZone(site.timeZone())));
    wpData(3, "post_modified_gmt", WXR_DATE.format(modified.atZone(ZoneOffset.UTC)));
  }

  private void term(String domain, ExportedPost.Term term) throws XMLStreamException {
    start(3, null, "category");
    xml.writeAttribute("domain", domain);
    xml.writeAttribute("nicename", WxrText.xmlSafe(term.slug()));
    cdata(WxrText.escaped(term.name()));
    xml.writeEndElement();
  }

  private void meta(String key, String value) throws XMLStreamException {
    start(3, WP, "postmeta");
    wpData(4, "meta_key", key);
    wpData(4, "meta_value", value);
    end(3);
  }

  private String absolute(String url) {
    return url.startsWith("/") && !url.startsWith("//") ? site.address() + url : url;
  }

  /** What WordPress titles an attachment: its file's name without the extension. */
  private static String fileTitle(String urlOrName) {
    String name = urlOrName.substring(urlOrName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String menuName(MenuLocation location) {
    return switch (location) {
      case HEADER -> "Header";
      case FOOTER -> "Footer";
    };
  }

  private void start(int depth, String namespace, String name) throws XMLStreamException {
    indent(depth);
    if (namespace == null) {
      xml.writeStartElement(name);
    } else {
      xml.writeStartElement(prefix(namespace), name, namespace);
    }
  }

  private void end(int depth) throws XMLStreamException {
    indent(depth);
    xml.writeEndElement();
  }

  private void text(int depth, String name, String value) throws XMLStreamException {
    start(depth, null, name);
    xml.writeCharacters(WxrText.xmlSafe(value));
    xml.writeEndElement();
  }

  private void wp(int depth, String name, String value) throws XMLStreamException {
    start(depth, WP, name);
    xml.writeCharacters(WxrText.xmlSafe(value));
    xml.writeEndElement();
  }

  private void wpData(int depth, String name, String value) throws XMLStreamException {
    data(depth, WP, name, value);
  }

  private void data(int depth, String namespace, String name, String value) throws XMLStreamException {
    start(depth, namespace, name);
    cdata(value);
    xml.writeEndElement();
  }

  private void cdata(String value) throws XMLStreamException {
    for (String section : WxrText.cdataSections(WxrText.xmlSafe(value))) {
      xml.writeCData(section);
    }
  }

  private void indent(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "\t".repeat(depth));
  }

  private static String prefix(String namespace) {
    return switch (namespace) {
      case WP -> "wp";
      case DC -> "dc";
      case CONTENT -> "content";
      case EXCERPT -> "excerpt";
      default -> throw new IllegalArgumentException(namespace);
    };
  }

  private interface Writing {
    void run() throws XMLStreamException;
  }

  private void write(Writing writing) throws IOException {
    try {
      writing.run();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  private static IOException failed(XMLStreamException e) {
    // The client going away surfaces as the stream's IOException inside the parser's exception.
    return e.getNestedException() instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }
}
