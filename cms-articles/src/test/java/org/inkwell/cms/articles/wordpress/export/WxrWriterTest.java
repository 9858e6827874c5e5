package org.inkwell.cms.articles.wordpress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.wordpress.wxr.ImportedPost;
import org.inkwell.cms.articles.wordpress.wxr.WxrAuthor;
import org.inkwell.cms.articles.wordpress.wxr.WxrEntry;
import org.inkwell.cms.articles.wordpress.wxr.WxrItem;
import org.inkwell.cms.articles.wordpress.wxr.WxrReader;
import org.inkwell.cms.articles.wordpress.wxr.WxrTerm;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the writer writes, read back by the importer's own reader and by a plain DOM parser. */
class WxrWriterTest {

  private static final String SITE = "https://fitness.example";
  private static final Instant PUBLISHED = Instant.parse("2026-05-04T08:30:00Z");
  private static final Instant EDITED = Instant.parse("2026-05-06T10:00:00Z");
  private static final WxrSite WXR_SITE =
      new WxrSite("Runs & <Rides>", "Out \"there\"", SITE, ZoneId.of("Europe/Paris"), Instant.parse("2026-12-08T03:00:00Z"));
  private static final String TRICKY_BODY = "<p>Code: <code>a[i]]]&gt;b</code> ends with ]]> as text</p>\n"
      + "<p>[gallery ids=\"1,2\"] is no shortcode here</p>\n"
      + "<p>https://www.youtube.com/watch?v=abc</p>\n"
      + "<pre>line one\n\nline three</pre>\n"
      + "<p><img src=\"/media/uploads/2026/05/run-k3x9a2.jpg\" srcset=\"/media/uploads/2026/05/run-k3x9a2-300.jpg 300w, "
      + "/media/uploads/2026/05/run-k3x9a2.jpg 1200w\" alt=\"\"></p>\n<p>Plain text\nover two lines</p>";

  @Test
  void theImportersReaderReadsBackWhatWasWritten() throws IOException {
    byte[] file = write(w -> {
      w.author(new ExportedAuthor(1, "ariana", "Ariana & Co", "Trainer <certified>"));
      w.category(new ExportedCategory(3, "fitness", "Fitness & Health", null, "All about <moving>"));
      w.category(new ExportedCategory(4, "workouts", "Workouts", "fitness", null));
      w.tag(new ExportedTag(7, "back-pain", "Back & Pain"));
      w.menu(MenuLocation.HEADER);
      w.post(article(10, "Fish & <chips>", ArticleStatus.PUBLISHED, true, TRICKY_BODY));
      w.post(article(11, "Soon", ArticleStatus.SCHEDULED, false, "<p>Later</p>"));
      w.post(article(12, "Someday", ArticleStatus.DRAFT, false, ""));
      w.post(article(13, "Waiting", ArticleStatus.PENDING, false, "<p>Review me</p>"));
      w.post(page(20, "About", "about", null));
      w.post(page(21, "Team", "about/team", 20L));
      w.media(new ExportedMedia(5, "run-k3x9a2.jpg", "/media/uploads/2026/05/run-k3x9a2.jpg", "A runner & her dog", "Morning <run>",
          PUBLISHED, "ariana"));
      w.menuItem(new ExportedMenuItem(MenuLocation.HEADER, 0, null, "Fitness", MenuTarget.of(MenuTarget.Kind.CATEGORY, 3)));
      w.menuItem(new ExportedMenuItem(MenuLocation.HEADER, 1, 0, "Team", MenuTarget.of(MenuTarget.Kind.PAGE, 21)));
      w.menuItem(new ExportedMenuItem(MenuLocation.HEADER, 2, null, "Shop", MenuTarget.address("/shop/")));
    });

    List<WxrEntry> entries = new ArrayList<>();
    try (WxrReader reader = WxrReader.open(new ByteArrayInputStream(file))) {
      for (WxrEntry e = reader.next(); e != null; e = reader.next()) {
        entries.add(e);
      }
      assertThat(reader.version()).isEqualTo("1.2");
      assertThat(reader.site()).isEqualTo(SITE);
    }
    assertThat(WxrReader.count(new ByteArrayInputStream(file))).isEqualTo(entries.size());

    WxrAuthor author = (WxrAuthor) entries.get(0);
    assertThat(author.login()).isEqualTo("ariana");
    assertThat(author.plainName()).isEqualTo("Ariana & Co");
    assertThat(author.description()).isEqualTo("Trainer <certified>");
    assertThat(entries.subList(1, 5)).extracting(e -> (WxrTerm) e)
        .extracting(WxrTerm::taxonomy, WxrTerm::id, WxrTerm::slug, WxrTerm::plainName, WxrTerm::parentSlug, WxrTerm::plainDescription)
        .containsExactly(
            tuple("category", "3", "fitness", "Fitness & Health", "", "All about <moving>"),
            tuple("category", "4", "workouts", "Workouts", "fitness", ""),
            tuple("post_tag", Long.toString(WxrIds.tag(7)), "back-pain", "Back & Pain", "", ""),
            tuple("nav_menu", Long.toString(WxrIds.menu(MenuLocation.HEADER)), "header", "Header", "", ""));

    Map<String, WxrItem> items = entries.stream().filter(e -> e instanceof WxrItem).map(e -> (WxrItem) e)
        .collect(Collectors.toMap(WxrItem::id, Function.identity()));
    WxrItem tricky = items.get("10");
    assertThat(tricky.plainTitle()).isEqualTo("Fish & <chips>");
    assertThat(tricky.link()).isEqualTo(SITE + "/post-10/");
    assertThat(tricky.creator()).isEqualTo("ariana");
    assertThat(tricky.status()).isEqualTo("publish");
    assertThat(tricky.postDateGmt()).isEqualTo("2026-05-04 08:30:00");
    assertThat(tricky.postDate()).as("local time, Paris in summer").isEqualTo("2026-05-04 10:30:00");
    assertThat(tricky.modifiedGmt()).isEqualTo("2026-05-06 10:00:00");
    assertThat(tricky.sticky()).isTrue();
    assertThat(tricky.oldSlugs()).containsExactly("fish-old", "chips-old");
    assertThat(tricky.terms()).containsExactly(
        new WxrItem.Term("category", "fitness", "Fitness &amp; Health"),
        new WxrItem.Term("category", "workouts", "Workouts"),
        new WxrItem.Term("post_tag", "back-pain", "Back &amp; Pain"));
    assertThat(tricky.thumbnailId()).isEqualTo(Long.toString(WxrIds.attachment(5)));
    assertThat(tricky.content()).as("]]> went through split CDATA sections").contains("ends with ]]> as text");

    ImportedPost imported = ImportedPost.of(tricky);
    assertThat(imported.title()).isEqualTo("Fish & <chips>");
    assertThat(imported.slug()).isEqualTo("post-10");
    assertThat(imported.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(imported.date()).isEqualTo(PUBLISHED);
    assertThat(imported.modified()).isEqualTo(EDITED);
    assertThat(imported.excerpt()).isEqualTo("Manual &amp; short");
    assertThat(imported.problems()).as("no shortcode, embed or paragraph conversion").isEmpty();
    assertThat(imported.body()).isEqualTo(TRICKY_BODY
        .replace("[", "&#91;")
        .replace("<p>https://www", "<p>https&#58;//www")
        .replace("\"/media/uploads/", "\"" + SITE + "/media/uploads/")
        .replace(", /media/uploads/", ", " + SITE + "/media/uploads/"));

    assertThat(ImportedPost.of(items.get("11")).status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(items.get("11").status()).isEqualTo("future");
    assertThat(items.get("12").status()).isEqualTo("draft");
    assertThat(items.get("12").content()).isEmpty();
    assertThat(items.get("13").status()).isEqualTo("pending");
    assertThat(items.get("20")).extracting(WxrItem::postType, WxrItem::parentId, WxrItem::link)
        .containsExactly("page", "0", SITE + "/about/");
    assertThat(items.get("21")).extracting(WxrItem::postType, WxrItem::parentId, WxrItem::postName, WxrItem::menuOrder, WxrItem::link)
        .containsExactly("page", "20", "team", "2", SITE + "/about/team/");
    assertThat(ImportedPost.of(items.get("21")).parentId()).isEqualTo("20");

    WxrItem image = items.get(Long.toString(WxrIds.attachment(5)));
    assertThat(image.isAttachment()).isTrue();
    assertThat(image.attachmentUrl()).isEqualTo(SITE + "/media/uploads/2026/05/run-k3x9a2.jpg");
    assertThat(image.imageAlt()).isEqualTo("A runner &amp; her dog");
    assertThat(image.excerpt()).as("the caption").isEqualTo("Morning &lt;run&gt;");
    assertThat(image.plainTitle()).isEqualTo("run-k3x9a2");

    WxrItem external = items.get(Long.toString(WxrIds.featuredImage(11)));
    assertThat(items.get("11").thumbnailId()).isEqualTo(external.id());
    assertThat(external.attachmentUrl()).isEqualTo(SITE + "/media/demo/soon.svg");
    assertThat(external.parentId()).isEqualTo("11");
    assertThat(external.imageAlt()).isEqualTo("Soon, drawn");

    List<WxrItem> menu = entries.stream().filter(e -> e instanceof WxrItem i && i.postType().equals("nav_menu_item"))
        .map(e -> (WxrItem) e).toList();
    assertThat(menu).extracting(WxrItem::plainTitle, WxrItem::menuOrder).containsExactly(
        tuple("Fitness", "1"), tuple("Team", "2"), tuple("Shop", "3"));
    assertThat(menu.get(0).terms()).containsExactly(new WxrItem.Term("nav_menu", "header", "Header"));
    assertThat(ImportedPost.whyNotImported(menu.get(0))).contains("items of type nav_menu_item are not imported");
  }

  @Test
  void theFileHasTheNamespacesAndElementsWordPresssImporterRequires() throws Exception {
    byte[] file = write(w -> {
      w.author(new ExportedAuthor(1, "admin", "Admin", null));
      w.menu(MenuLocation.HEADER);
      w.post(page(20, "About", "about", null));
      w.post(article(10, "Hello", ArticleStatus.PUBLISHED, false, "<p>Hi</p>"));
      w.menuItem(new ExportedMenuItem(MenuLocation.HEADER, 0, null, "About", MenuTarget.of(MenuTarget.Kind.PAGE, 20)));
      w.menuItem(new ExportedMenuItem(MenuLocation.HEADER, 1, 0, "Hello", MenuTarget.of(MenuTarget.Kind.ARTICLE, 10)));
      w.menuItem(new ExportedMenuItem(MenuLocation.HEADER, 2, null, "Shop", MenuTarget.address("/shop/")));
    });
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"",
            "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"",
            "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"",
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            "xmlns:wp=\"http://wordpress.org/export/1.2/\"",
            "<wp:wxr_version>1.2</wp:wxr_version>",
            "<wp:base_site_url>" + SITE + "</wp:base_site_url>",
            "<title>Runs &amp;amp; &amp;lt;Rides&amp;gt;</title>")
        .doesNotContain("password_hash", "<!DOCTYPE");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    Element rss = dom.getDocumentElement();
    assertThat(rss.getTagName()).isEqualTo("rss");
    assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    Element channel = (Element) rss.getElementsByTagName("channel").item(0);
    for (String name : List.of("title", "link", "description", "pubDate", "language")) {
      assertThat(channel.getElementsByTagName(name).getLength()).as(name).isPositive();
    }
    String wp = "http://wordpress.org/export/1.2/";
    assertThat(dom.getElementsByTagNameNS(wp, "author_login").item(0).getTextContent()).isEqualTo("admin");
    assertThat(dom.getElementsByTagNameNS(wp, "author_email").getLength()).isEqualTo(1);
    assertThat(dom.getElementsByTagName("item").getLength()).isEqualTo(5);
    Element article = (Element) dom.getElementsByTagName("item").item(1);
    for (String name : List.of("post_id", "post_date", "post_date_gmt", "post_name", "status", "post_parent", "menu_order",
        "post_type", "post_password", "is_sticky", "comment_status", "ping_status")) {
      assertThat(article.getElementsByTagNameNS(wp, name).getLength()).as(name).isEqualTo(1);
    }
    assertThat(article.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent()).isEqualTo("ariana");
    assertThat(article.getElementsByTagName("guid").item(0).getTextContent()).isEqualTo(SITE + "/?p=10");

    Map<String, String> helloItem = meta((Element) dom.getElementsByTagName("item").item(3));
    assertThat(helloItem).containsEntry("_menu_item_type", "post_type")
        .containsEntry("_menu_item_object", "post")
        .containsEntry("_menu_item_object_id", "10")
        .containsEntry("_menu_item_menu_item_parent", Long.toString(WxrIds.menuItem(MenuLocation.HEADER, 0)))
        .containsEntry("_menu_item_url", "");
    Map<String, String> shop = meta((Element) dom.getElementsByTagName("item").item(4));
    assertThat(shop).containsEntry("_menu_item_type", "custom")
        .containsEntry("_menu_item_object", "custom")
        .containsEntry("_menu_item_object_id", Long.toString(WxrIds.menuItem(MenuLocation.HEADER, 2)))
        .containsEntry("_menu_item_menu_item_parent", "0")
        .containsEntry("_menu_item_url", SITE + "/shop/");
  }

  @Test
  void charactersXmlCannotCarryAreDroppedAndTheRestKept() throws IOException {
    String title = "Bell\u0007 tab\t emoji \uD83C\uDFC3 lone \uD800 end\uFFFF";
    byte[] file = write(w -> w.post(article(10, title, ArticleStatus.PUBLISHED, false, "<p>x\u0000y \u00e9</p>")));

    WxrItem item;
    try (WxrReader reader = WxrReader.open(new ByteArrayInputStream(file))) {
      item = (WxrItem) reader.next();
    }
    assertThat(item.title()).isEqualTo("Bell tab\t emoji \uD83C\uDFC3 lone  end");
    assertThat(item.content()).contains("<p>xy \u00e9</p>");
  }

  @Test
  void statusesAreWordPresss() {
    assertThat(List.of(ArticleStatus.values())).extracting(WxrWriter::status)
        .containsExactly("draft", "pending", "future", "publish", "trash");
  }

  private static Map<String, String> meta(Element item) {
    String wp = "http://wordpress.org/export/1.2/";
    Map<String, String> meta = new java.util.HashMap<>();
    var list = item.getElementsByTagNameNS(wp, "postmeta");
    for (int i = 0; i < list.getLength(); i++) {
      Element m = (Element) list.item(i);
      meta.put(m.getElementsByTagNameNS(wp, "meta_key").item(0).getTextContent(),
          m.getElementsByTagNameNS(wp, "meta_value").item(0).getTextContent());
    }
    return meta;
  }

  private static ExportedPost article(long id, String title, ArticleStatus status, boolean sticky, String body) {
    ExportedPost.FeaturedImage image = id == 10
        ? new ExportedPost.FeaturedImage(5L, "/media/uploads/2026/05/run-k3x9a2.jpg", "A runner")
        : id == 11 ? new ExportedPost.FeaturedImage(null, "/media/demo/soon.svg", "Soon, drawn") : null;
    return new ExportedPost(id, false, title, "post-" + id, "post-" + id, body, id == 10 ? "Manual & short" : "", status,
        PUBLISHED, EDITED, "ariana",
        id == 10 ? List.of(new ExportedPost.Term("fitness", "Fitness & Health"), new ExportedPost.Term("workouts", "Workouts"))
            : List.of(new ExportedPost.Term("fitness", "Fitness & Health")),
        id == 10 ? List.of(new ExportedPost.Term("back-pain", "Back & Pain")) : List.of(),
        null, 0, sticky, image, id == 10 ? List.of("fish-old", "chips-old") : List.of(),
        new SeoFields("SEO title", null, null, null, false));
  }

  private static ExportedPost page(long id, String title, String path, Long parent) {
    String slug = path.substring(path.lastIndexOf('/') + 1);
    return new ExportedPost(id, true, title, slug, path, "<p>" + title + "</p>", "", ArticleStatus.PUBLISHED, PUBLISHED, EDITED,
        "ariana", List.of(), List.of(), parent, parent == null ? 0 : 2, false, null, List.of(), null);
  }

  private interface Entries {
    void write(WxrWriter writer) throws IOException;
  }

  private static byte[] write(Entries entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WxrWriter writer = WxrWriter.open(out, WXR_SITE);
    entries.write(writer);
    writer.close();
    return out.toByteArray();
  }
}
