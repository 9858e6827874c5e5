package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.StoredText;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CatalogArticle;

/**
 * XML sitemaps as WordPress writes them: an index at {@code /sitemap.xml} pointing to the
 * archives' sitemap, the pages' sitemap and the articles' sitemaps, 2,000 addresses each, with the
 * date of each article's or page's last change. Articles and pages marked noindex are left out.
 */
@ApplicationScoped
public class Sitemaps {

  static final int PER_SITEMAP = 2_000;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XML = "application/xml; charset=UTF-8";
  private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();
  private static final Set<String> DEPENDS_ON = Set.of(PageDependencies.ANY_ARTICLE);
  private static final Set<String> PAGES_DEPEND_ON = Set.of(PageDependencies.PAGES);

  @Inject ArticleCatalog catalog;
  @Inject TaxonomyService taxonomy;
  @Inject PageService pages;

  PageResult index(String base) {
    List<List<CatalogArticle>> parts = parts();
    return PageResult.of(XML, write(xml -> {
      xml.writeStartElement("sitemapindex");
      xml.writeDefaultNamespace(NS);
      sitemap(xml, base + "/sitemap-archives.xml", null);
      sitemap(xml, base + "/sitemap-pages.xml", null);
      for (int i = 0; i < parts.size(); i++) {
        sitemap(xml, base + "/sitemap-articles-" + (i + 1) + ".xml", newest(parts.get(i)).orElse(null));
      }
      xml.writeEndElement();
    }), DEPENDS_ON);
  }

  /** One part of the articles' sitemap, or empty past the last one. */
  Optional<PageResult> articles(String base, int part) {
    List<List<CatalogArticle>> parts = parts();
    if (part > parts.size()) {
      return Optional.empty();
    }
    return Optional.of(PageResult.of(XML, write(xml -> {
      urlset(xml);
      for (CatalogArticle a : parts.get(part - 1)) {
        url(xml, base + "/" + a.article().slug() + "/", a.modifiedAt());
      }
      xml.writeEndElement();
    }), DEPENDS_ON));
  }

  /** Every page readers can reach, but those marked noindex, in tree order. */
  PageResult pages(String base) {
    List<PageDetails> published = pages.published();
    return PageResult.of(XML, write(xml -> {
      urlset(xml);
      for (PageDetails p : published) {
        if (!Boolean.TRUE.equals(p.seo().noindex())) {
          url(xml, base + "/" + p.path() + "/", p.updatedAt());
        }
      }
      xml.writeEndElement();
    }), PAGES_DEPEND_ON);
  }

  /** The home page and every category and tag archive. */
  PageResult archives(String base) {
    List<CategoryDetails> categories = taxonomy.categories();
    List<String> tags = taxonomy.tags().stream().map(t -> t.slug()).toList();
    return PageResult.of(XML, write(xml -> {
      urlset(xml);
      url(xml, base + "/", null);
      for (CategoryDetails c : categories) {
        url(xml, base + "/category/" + c.slug() + "/", null);
      }
      for (String tag : tags) {
        url(xml, base + "/tag/" + tag + "/", null);
      }
      xml.writeEndElement();
    }), DEPENDS_ON);
  }

  /** The indexable published articles in id order, cut into sitemaps of at most 2,000. */
  private List<List<CatalogArticle>> parts() {
    List<List<CatalogArticle>> parts = new ArrayList<>();
    long after = 0;
    for (List<CatalogArticle> batch = catalog.published(after, PER_SITEMAP); !batch.isEmpty();
        batch = catalog.published(after, PER_SITEMAP)) {
      List<CatalogArticle> indexable = batch.stream().filter(a -> !a.noindex()).toList();
      if (!indexable.isEmpty()) {
        parts.add(indexable);
      }
      after = batch.get(batch.size() - 1).id();
    }
    return parts;
  }

  private static Optional<Instant> newest(List<CatalogArticle> part) {
    return part.stream().map(CatalogArticle::modifiedAt).max(Comparator.naturalOrder());
  }

  private static void urlset(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("urlset");
    xml.writeDefaultNamespace(NS);
  }

  private static void sitemap(XMLStreamWriter xml, String loc, Instant lastmod) throws XMLStreamException {
    entry(xml, "sitemap", loc, lastmod);
  }

  private static void url(XMLStreamWriter xml, String loc, Instant lastmod) throws XMLStreamException {
    entry(xml, "url", loc, lastmod);
  }

  private static void entry(XMLStreamWriter xml, String element, String loc, Instant lastmod) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeStartElement("loc");
    // The writer does not check characters; a slug stored before the services did must not make
    // the sitemap unreadable.
    xml.writeCharacters(StoredText.strip(loc));
    xml.writeEndElement();
    if (lastmod != null) {
      xml.writeStartElement("lastmod");
      xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastmod.atOffset(ZoneOffset.UTC)));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write a sitemap", e);
    }
    return out.toString();
  }
}
