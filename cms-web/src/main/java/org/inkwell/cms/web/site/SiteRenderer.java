package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.inkwell.cms.articles.SiteSettingsService;

/** Renders the answer to a route: a page, a feed, a sitemap, or the 404 page. */
@ApplicationScoped
public class SiteRenderer {

  @Inject SitePages pages;
  @Inject Feeds feeds;
  @Inject Sitemaps sitemaps;
  @Inject SiteSettingsService settings;

  PageResult render(Route route, String base) {
    if (route instanceof Route.NotFound) {
      return PageResult.NOT_FOUND;
    }
    if (route instanceof Route.Robots) {
      return PageResult.of("text/plain; charset=UTF-8", robots(base, settings.settings().discourageSearchEngines()), Set.of());
    }
    if (route instanceof Route.SitemapIndex) {
      return sitemaps.index(base);
    }
    if (route instanceof Route.SitemapArchives) {
      return sitemaps.archives(base);
    }
    if (route instanceof Route.SitemapPages) {
      return sitemaps.pages(base);
    }
    if (route instanceof Route.SitemapArticles r) {
      return sitemaps.articles(base, r.part()).orElse(PageResult.NOT_FOUND);
    }
    SitePages.Frame frame = pages.frame(base);
    if (route instanceof Route.Home r) {
      return pages.home(r, frame);
    }
    if (route instanceof Route.Article r) {
      return pages.article(r, frame);
    }
    if (route instanceof Route.Page r) {
      return pages.page(r, frame);
    }
    if (route instanceof Route.Category r) {
      return pages.category(r, frame);
    }
    if (route instanceof Route.Tag r) {
      return pages.tag(r, frame);
    }
    if (route instanceof Route.Author r) {
      return pages.author(r, frame);
    }
    if (route instanceof Route.Search r) {
      return pages.search(r, frame);
    }
    if (route instanceof Route.Feed r) {
      return feeds.feed(r, frame).orElse(PageResult.NOT_FOUND);
    }
    return PageResult.NOT_FOUND;
  }

  PageResult notFound(String base) {
    return pages.notFound(pages.frame(base));
  }

  /** The 500 page: the incident id to quote, nothing else; plain if even the frame fails. */
  PageResult failure(String base, String incident) {
    String message = "Something went wrong on our side. Please try again in a moment. (Incident " + incident + ")";
    try {
      return pages.error(pages.frame(base), 500, "Sorry, this page is unavailable", message);
    } catch (RuntimeException e) {
      return PageResult.html(500, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unavailable</title>"
          + "</head><body><main><h1>Sorry, this page is unavailable</h1><p>" + message + "</p></main></body></html>", Set.of());
    }
  }

  /** Search engines discouraged: nothing may be crawled; the sitemap stays for other readers. */
  static String robots(String base, boolean discouraged) {
    String rules = discouraged ? "Disallow: /\n" : "Disallow: /admin/\nDisallow: /api/\nDisallow: /search\n";
    return "User-agent: *\n" + rules + "\nSitemap: " + base + "/sitemap.xml\n";
  }
}
