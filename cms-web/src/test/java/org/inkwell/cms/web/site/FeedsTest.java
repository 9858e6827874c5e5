package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class FeedsTest {

  private static final String BAD = "\u0000\u0001\u001b\ufffe\ud800";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final SitePages.Frame FRAME = new SitePages.Frame(
      new Views.Site("Site", "Tagline", "https://example.com", "/theme/site.css", List.of(), List.of(), List.of(), null, null, false),
      new Categories(List.of(new CategoryDetails(1, "news", "News", "about", null, 0))));

  /** Text stored before the services refused such characters must not take a feed down. */
  @ParameterizedTest
  @EnumSource(Route.Feed.Format.class)
  void feedsStayWellFormedWhateverIsStored(Route.Feed.Format format) throws Exception {
    Feeds feeds = new Feeds();
    feeds.imageSizes = new ImageSizes();
    feeds.articles = storing(article());
    CategoryDetails category = new CategoryDetails(1, "news", "News" + BAD, "about" + BAD, null, 0);
    SitePages.Frame frame =
        new SitePages.Frame(
            new Views.Site("Site" + BAD, "Tagline" + BAD, "https://example.com", "/theme/site.css", List.of(), List.of(), List.of(), null, null, false),
            new Categories(List.of(category)));

    for (String inCategory : new String[] {null, "news"}) {
      PageResult feed = feeds.feed(new Route.Feed(format, inCategory), frame).orElseThrow();

      Document xml = parse(feed.body());
      assertThat(xml.getDocumentElement().getTextContent())
          .contains("PT feedchar  x", "Ada  Lovelace", "Tag", "Body  text", "Site")
          .doesNotContain("\u0001", "\ud800");
    }
  }

  @ParameterizedTest
  @CsvSource({",https://example.com/feed/", "news,https://example.com/category/news/feed/"})
  void rssNamesItsOwnAddressAsAtomsSelfLink(String category, String self) throws Exception {
    Feeds feeds = new Feeds();
    feeds.imageSizes = new ImageSizes();
    feeds.articles = storing(article());

    Document xml = parse(feeds.feed(new Route.Feed(Route.Feed.Format.RSS, category), FRAME).orElseThrow().body());

    Element channel = (Element) xml.getElementsByTagName("channel").item(0);
    NodeList links = channel.getElementsByTagNameNS(ATOM, "link");
    assertThat(links.getLength()).isEqualTo(1);
    Element link = (Element) links.item(0);
    assertThat(link.getParentNode()).isSameAs(channel);
    assertThat(link.getAttribute("href")).isEqualTo(self);
    assertThat(link.getAttribute("rel")).isEqualTo("self");
    assertThat(link.getAttribute("type")).isEqualTo("application/rss+xml");
    assertThat(xml.getDocumentElement().getAttribute("xmlns:atom")).as("declared on <rss>").isEqualTo(ATOM);
  }

  @Test
  void atomEntriesAreUpdatedWhenTheArticleWasAndTheFeedWhenItsLatestEntryWas() throws Exception {
    Instant published = Instant.parse("2026-03-01T08:00:00Z");
    ArticleDetails newest = article(8, Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"));
    ArticleDetails edited = article(7, published, Instant.parse("2026-03-05T10:30:00Z"));
    Feeds feeds = new Feeds();
    feeds.imageSizes = new ImageSizes();
    feeds.articles = storing(newest, edited);

    Document xml = parse(feeds.feed(new Route.Feed(Route.Feed.Format.ATOM, null), FRAME).orElseThrow().body());

    NodeList entries = xml.getElementsByTagNameNS(ATOM, "entry");
    Element second = (Element) entries.item(1);
    assertThat(instant(child(second, "published"))).isEqualTo(published);
    assertThat(instant(child(second, "updated"))).isEqualTo(Instant.parse("2026-03-05T10:30:00Z"));
    assertThat(instant(child((Element) entries.item(0), "updated"))).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(instant(child(xml.getDocumentElement(), "updated"))).isEqualTo(Instant.parse("2026-03-05T10:30:00Z"));
  }

  private static ArticleDetails article() {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    return new ArticleDetails(
        7, "PT feedchar \u0001 x", "pt-feedchar", ArticleStatus.PUBLISHED, "<p>Body " + BAD + " text</p>",
        "Excerpt" + BAD, new Person("ada", "Ada \u001b Lovelace"), new Term("news", "News" + BAD),
        List.of(new Term("news", "News" + BAD)), List.of(new Term("tag", "Tag " + BAD)), null, now, now, now,
        0, null, null, null, false);
  }

  private static ArticleDetails article(long id, Instant publishedAt, Instant updatedAt) {
    return new ArticleDetails(
        id, "Article " + id, "article-" + id, ArticleStatus.PUBLISHED, "<p>Body</p>", "Excerpt",
        new Person("ada", "Ada"), new Term("news", "News"), List.of(new Term("news", "News")), List.of(), null,
        publishedAt, publishedAt, updatedAt, 0, null, null, null, false);
  }

  /** The element's own child of that name, not one of an entry below it. */
  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }

  private static Instant instant(Element element) {
    return Instant.parse(element.getTextContent().strip());
  }

  private static ArticleService storing(ArticleDetails... stored) {
    return (ArticleService)
        Proxy.newProxyInstance(
            ArticleService.class.getClassLoader(),
            new Class<?>[] {ArticleService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("list") && args.length == 3 && args[1] instanceof PageRequest page) {
                return new ResultPage<>(List.of(stored), stored.length, page);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static Document parse(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
  }
}
