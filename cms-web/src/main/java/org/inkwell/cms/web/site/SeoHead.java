package org.inkwell.cms.web.site;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.web.site.Views.Head;
import org.inkwell.cms.web.site.Views.Link;
import org.inkwell.cms.web.site.Views.Meta;

/**
 * The head of a page for search engines and social networks: title, description, canonical link,
 * Open Graph and Twitter tags, and JSON-LD ({@code Article}, {@code BreadcrumbList}), as Yoast SEO
 * writes them.
 */
final class SeoHead {

  private static final int DESCRIPTION_CHARS = 160;
  private static final int HEADLINE_CHARS = 110;
  private static final String CUT_MARK = " […]";

  private SeoHead() {}

  /**
   * @param crumbs from the home page to the article, absolute addresses
   */
  static Head article(Views.Site site, ArticleDetails a, List<Link> crumbs) {
    SeoFields seo = a.seo();
    String canonical = present(seo.canonical()) ? seo.canonical() : site.base() + "/" + a.slug() + "/";
    // An SEO title is the whole title, site name included if the editor wants it (as in Yoast).
    String title = present(seo.metaTitle()) ? seo.metaTitle() : a.title() + " – " + site.name();
    String description = describe(present(seo.metaDescription()) ? seo.metaDescription() : a.excerpt());
    // Social networks show no SVG: such an article shares the site's image instead.
    String image = a.featuredImage() == null || isSvg(a.featuredImage()) ? null : absolute(site.base(), a.featuredImage());

    List<Meta> meta = openGraph(site, "article", title, description, canonical);
    if (image == null) {
      image = defaultImage(meta, site);
    } else {
      property(meta, "og:image", image);
      property(meta, "og:image:alt", a.featuredImageAlt());
    }
    property(meta, "article:published_time", iso(a.publishedAt()));
    property(meta, "article:modified_time", iso(a.updatedAt()));
    property(meta, "article:section", a.category().name());
    a.tags().forEach(t -> property(meta, "article:tag", t.name()));
    twitter(meta, title, description, image, a.featuredImageAlt());

    JsonObjectBuilder article = Json.object()
        .add("@context", "https://schema.org")
        .add("@type", "Article")
        .add("headline", shorten(a.title(), HEADLINE_CHARS))
        .add("url", canonical)
        .add("mainEntityOfPage", Json.object().add("@type", "WebPage").add("@id", canonical))
        .add("datePublished", iso(a.publishedAt()))
        .add("dateModified", iso(a.updatedAt()))
        .add("author", Json.object()
            .add("@type", "Person")
            .add("name", a.author().name())
            .add("url", site.base() + "/author/" + a.author().login() + "/"))
        .add("publisher", Json.object().add("@type", "Organization").add("name", site.name()).add("url", site.base() + "/"))
        .add("articleSection", a.category().name())
        .add("inLanguage", "en");
    if (description != null) {
      article.add("description", description);
    }
    if (image != null) {
      article.add("image", Json.array().add(image));
    }
    if (!a.tags().isEmpty()) {
      article.add("keywords", String.join(", ", a.tags().stream().map(Term::name).toList()));
    }
    String jsonLd = script(Json.array().add(article).add(breadcrumbs(crumbs)));
    return new Head(title, description, canonical, Boolean.TRUE.equals(seo.noindex()) || site.noindex(),
        null, null, meta, jsonLd, null, null);
  }

  /**
   * A stand-alone page: a {@code WebPage} without dates or section, as pages are outside the stream.
   *
   * @param crumbs from the home page to the page, absolute addresses
   */
  static Head page(Views.Site site, PageDetails p, List<Link> crumbs) {
    SeoFields seo = p.seo();
    String canonical = present(seo.canonical()) ? seo.canonical() : site.base() + "/" + p.path() + "/";
    String title = present(seo.metaTitle()) ? seo.metaTitle() : p.title() + " – " + site.name();
    String description = describe(present(seo.metaDescription()) ? seo.metaDescription() : p.excerpt());
    String image = p.featuredImage() == null ? null : absolute(site.base(), p.featuredImage());

    List<Meta> meta = openGraph(site, "website", title, description, canonical);
    property(meta, "og:image", image);
    property(meta, "og:image:alt", image == null ? null : p.featuredImageAlt());
    twitter(meta, title, description, image, p.featuredImageAlt());

    JsonObjectBuilder page = Json.object()
        .add("@context", "https://schema.org")
        .add("@type", "WebPage")
        .add("name", shorten(p.title(), HEADLINE_CHARS))
        .add("url", canonical)
        .add("isPartOf", Json.object().add("@type", "WebSite").add("name", site.name()).add("url", site.base() + "/"))
        .add("inLanguage", "en");
    if (description != null) {
      page.add("description", description);
    }
    if (image != null) {
      page.add("primaryImageOfPage", Json.object().add("@type", "ImageObject").add("url", image));
    }
    String jsonLd = script(Json.array().add(page).add(breadcrumbs(crumbs)));
    return new Head(title, description, canonical, Boolean.TRUE.equals(seo.noindex()),
        null, null, meta, jsonLd, null, null);
  }

  /**
   * A list page: the home page, an archive, search results.
   *
   * @param url its absolute address (the canonical one, page number included)
   * @param crumbs from the home page to this list, absolute addresses
   */
  static Head listing(Views.Site site, String heading, String description, String url, Views.Pages pages,
      List<Link> crumbs, boolean noindex) {
    String title = (heading == null ? site.name() : heading + " – " + site.name())
        + (pages != null && pages.page() > 1 ? " – Page " + pages.page() : "");
    String text = describe(description);
    List<Meta> meta = openGraph(site, "website", title, text, url);
    twitter(meta, title, text, defaultImage(meta, site), null);
    JsonArrayBuilder graph = Json.array();
    if (heading == null) {
      graph.add(Json.object()
          .add("@context", "https://schema.org")
          .add("@type", "WebSite")
          .add("name", site.name())
          .add("url", site.base() + "/")
          .add("potentialAction", Json.object()
              .add("@type", "SearchAction")
              .add("target", site.base() + "/search?q={search_term_string}")
              .add("query-input", "required name=search_term_string")));
    }
    graph.add(breadcrumbs(crumbs));
    return new Head(title, text, url, noindex || site.noindex(),
        pages == null ? null : absoluteOrNull(site.base(), pages.prevUrl()),
        pages == null ? null : absoluteOrNull(site.base(), pages.nextUrl()),
        meta, script(graph), null, null);
  }

  static String absolute(String base, String url) {
    if (url.startsWith("http://") || url.startsWith("https://")) {
      return url;
    }
    return base + (url.startsWith("/") ? url : "/" + url);
  }

  private static String absoluteOrNull(String base, String url) {
    return url == null ? null : absolute(base, url);
  }

  private static JsonObjectBuilder breadcrumbs(List<Link> crumbs) {
    JsonArrayBuilder items = Json.array();
    for (int i = 0; i < crumbs.size(); i++) {
      items.add(Json.object()
          .add("@type", "ListItem")
          .add("position", i + 1)
          .add("name", crumbs.get(i).name())
          .add("item", crumbs.get(i).url()));
    }
    return Json.object()
        .add("@context", "https://schema.org")
        .add("@type", "BreadcrumbList")
        .add("itemListElement", items);
  }

  /** The Open Graph tags every page has; articles add their image and times. */
  private static List<Meta> openGraph(Views.Site site, String type, String title, String description, String url) {
    List<Meta> meta = new ArrayList<>();
    property(meta, "og:type", type);
    property(meta, "og:title", title);
    property(meta, "og:description", description);
    property(meta, "og:url", url);
    property(meta, "og:site_name", site.name());
    property(meta, "og:locale", "en_US");
    return meta;
  }

  /** The site's image for pages without one of their own: its absolute URL, or {@code null}. */
  private static String defaultImage(List<Meta> meta, Views.Site site) {
    Views.Image image = site.socialImage();
    if (image == null) {
      return null;
    }
    property(meta, "og:image", image.url());
    property(meta, "og:image:width", Integer.toString(image.width()));
    property(meta, "og:image:height", Integer.toString(image.height()));
    return image.url();
  }

  private static void twitter(List<Meta> meta, String title, String description, String image, String alt) {
    meta.add(new Meta("name", "twitter:card", image == null ? "summary" : "summary_large_image"));
    meta.add(new Meta("name", "twitter:title", title));
    if (description != null) {
      meta.add(new Meta("name", "twitter:description", description));
    }
    if (image != null) {
      meta.add(new Meta("name", "twitter:image", image));
      if (present(alt)) {
        meta.add(new Meta("name", "twitter:image:alt", alt));
      }
    }
  }

  private static void property(List<Meta> meta, String key, String value) {
    if (present(value)) {
      meta.add(new Meta("property", key, value));
    }
  }

  /** JSON inside a script element: a {@code <} in any text must not end the element. */
  private static String script(JsonArrayBuilder graph) {
    return graph.build().toString().replace("<", "\\u003c");
  }

  /** A description of at most 160 characters, cut at a word, without the excerpt's cut mark. */
  static String describe(String text) {
    if (!present(text)) {
      return null;
    }
    String plain = text.strip().replaceAll("\\s+", " ");
    if (plain.endsWith(CUT_MARK.strip())) {
      plain = plain.substring(0, plain.length() - CUT_MARK.strip().length()).strip() + "…";
    }
    return shorten(plain, DESCRIPTION_CHARS);
  }

  private static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }

  private static String iso(Instant at) {
    return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }

  private static boolean isSvg(String url) {
    String path = url.replaceAll("[?#].*", "");
    return path.regionMatches(true, path.length() - 4, ".svg", 0, 4);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
