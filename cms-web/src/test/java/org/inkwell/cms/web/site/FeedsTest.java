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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/** Text stored before the services refused such characters must not take a feed down. */
class FeedsTest {

  private static final String BAD = "\u0000\u0001\u001b\ufffe\ud800";

  @ParameterizedTest
  @EnumSource(Route.Feed.Format.class)
  void feedsStayWellFormedWhateverIsStored(Route.Feed.Format format) throws Exception {
    Feeds feeds = new Feeds();
    feeds.articles = storing(article());
    CategoryDetails category = new CategoryDetails(1, "news", "News" + BAD, "about" + BAD, null, 0);
    SitePages.Frame frame =
        new SitePages.Frame(
            new Views.Site("Site" + BAD, "Tagline" + BAD, "https://example.com", "/theme/site.css", List.of(), List.of()),
            new Categories(List.of(category)));

    for (String inCategory : new String[] {null, "news"}) {
      PageResult feed = feeds.feed(new Route.Feed(format, inCategory), frame).orElseThrow();

      Document xml = parse(feed.body());
      assertThat(xml.getDocumentElement().getTextContent())
          .contains("PT feedchar  x", "Ada  Lovelace", "Tag", "Body  text", "Site")
          .doesNotContain("\u0001", "\ud800");
    }
  }

  private static ArticleDetails article() {
    Instant now = Instant.parse("2026-01-02T03:04:05Z");
    return new ArticleDetails(
        7, "PT feedchar \u0001 x", "pt-feedchar", ArticleStatus.PUBLISHED, "<p>Body " + BAD + " text</p>",
        "Excerpt" + BAD, new Person("ada", "Ada \u001b Lovelace"), new Term("news", "News" + BAD),
        List.of(new Term("news", "News" + BAD)), List.of(new Term("tag", "Tag " + BAD)), null, now, now, now,
        0, null, null, null);
  }

  private static ArticleService storing(ArticleDetails article) {
    return (ArticleService)
        Proxy.newProxyInstance(
            ArticleService.class.getClassLoader(),
            new Class<?>[] {ArticleService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("list") && args.length == 3 && args[1] instanceof PageRequest page) {
                return new ResultPage<>(List.of(article), 1, page);
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
