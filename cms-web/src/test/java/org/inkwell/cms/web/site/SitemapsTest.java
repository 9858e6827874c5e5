package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CatalogArticle;
import org.inkwell.cms.core.spi.CategoryNode;
import org.junit.jupiter.api.Test;

class SitemapsTest {

  private static final Instant EDITED = Instant.parse("2026-11-20T10:00:00Z");

  /** 4,500 published articles; every hundredth is marked noindex. */
  private static final class Catalog implements ArticleCatalog {
    final List<CatalogArticle> all = new ArrayList<>();

    Catalog() {
      for (long id = 1; id <= 4_500; id++) {
        ArticleRef ref = new ArticleRef(id, "post-" + id, "Post " + id, "news", List.of("news"), List.of(), EDITED);
        all.add(new CatalogArticle(ref, EDITED.plusSeconds(id), id % 100 == 0));
      }
    }

    @Override
    public List<CatalogArticle> published(long afterId, int limit) {
      return all.stream().filter(a -> a.id() > afterId).limit(limit).toList();
    }

    @Override
    public List<CatalogArticle> published(Collection<Long> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, String> bodyTexts(Collection<Long> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ArticleCard> cards(List<Long> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CategoryNode> categories() {
      return List.of();
    }
  }

  private final Sitemaps sitemaps = new Sitemaps();

  SitemapsTest() {
    sitemaps.catalog = new Catalog();
  }

  private static String text(PageResult result) {
    return new String(result.body(), StandardCharsets.UTF_8);
  }

  @Test
  void pastTwoThousandAddressesTheArticlesAreSplitIntoSeveralSitemaps() {
    String index = text(sitemaps.index("https://example.org"));

    assertThat(index).contains("<loc>https://example.org/sitemap-archives.xml</loc>")
        .contains("<loc>https://example.org/sitemap-articles-1.xml</loc>")
        .contains("<loc>https://example.org/sitemap-articles-3.xml</loc>")
        .doesNotContain("sitemap-articles-4.xml");
    assertThat(index).as("the newest indexable article of the last part")
        .contains("<loc>https://example.org/sitemap-articles-3.xml</loc><lastmod>" + EDITED.plusSeconds(4_499) + "</lastmod>");
  }

  @Test
  void eachSitemapListsArticlesWithTheirLastChangeAndLeavesOutNoindexOnes() {
    String first = text(sitemaps.articles("https://example.org", 1).orElseThrow());
    assertThat(first.split("<url>", -1)).hasSize(2_000 - 20 + 1);
    assertThat(first).contains("<url><loc>https://example.org/post-1/</loc><lastmod>2026-11-20T10:00:01Z</lastmod></url>")
        .doesNotContain("/post-100/");
    String last = text(sitemaps.articles("https://example.org", 3).orElseThrow());
    assertThat(last).contains("/post-4499/").doesNotContain("/post-4500/").doesNotContain("/post-1999/");
    assertThat(sitemaps.articles("https://example.org", 4)).isEmpty();
  }

  @Test
  void pagesHaveTheirOwnSitemapAtTheirAddressesWithoutNoindexOnes() {
    sitemaps.pages =
        (PageService)
            Proxy.newProxyInstance(
                PageService.class.getClassLoader(),
                new Class<?>[] {PageService.class},
                (proxy, method, args) -> switch (method.getName()) {
                  case "published" -> List.of(page(2, "about", "about", false), page(3, "our-authors", "about/our-authors", false),
                      page(4, "thanks", "thanks", true));
                  default -> throw new UnsupportedOperationException(method.getName());
                });

    String pages = text(sitemaps.pages("https://example.org"));

    assertThat(pages)
        .contains("<url><loc>https://example.org/about/</loc><lastmod>" + EDITED + "</lastmod></url>")
        .contains("<loc>https://example.org/about/our-authors/</loc>")
        .doesNotContain("thanks");
    assertThat(text(sitemaps.index("https://example.org"))).contains("<loc>https://example.org/sitemap-pages.xml</loc>");
  }

  private static PageDetails page(long id, String slug, String path, boolean noindex) {
    return new PageDetails(id, slug, slug, path, ArticleStatus.PUBLISHED, "<p>x</p>", "x", new Person("eve", "Eve"), null, 0,
        List.of(), EDITED, EDITED, EDITED, 0, null, null, new SeoFields(null, null, null, null, noindex));
  }

  @Test
  void archivesStayWellFormedWhateverSlugsAreStored() throws Exception {
    sitemaps.taxonomy =
        (TaxonomyService)
            Proxy.newProxyInstance(
                TaxonomyService.class.getClassLoader(),
                new Class<?>[] {TaxonomyService.class},
                (proxy, method, args) -> switch (method.getName()) {
                  case "categories" -> List.of(new CategoryDetails(1, "news\u0001", "News", null, null, 0));
                  case "tags" -> List.of(new TagDetails(2, "run\ufffe\ud800", "Run"));
                  default -> throw new UnsupportedOperationException(method.getName());
                });

    byte[] xml = sitemaps.archives("https://example.org").body();

    String text =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml))
            .getDocumentElement().getTextContent();
    assertThat(text).contains("https://example.org/category/news/", "https://example.org/tag/run/");
  }
}
