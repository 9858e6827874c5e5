package org.inkwell.cms.web.site;

import java.util.List;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.core.spi.ArticleCard;

/** What the templates read; public because the template engine reads them by reflection. */
public final class Views {

  private Views() {}

  /**
   * What every page shows of the site: name, header and footer menus, categories in the footer,
   * and from its settings the icon, the image for social networks and whether search engines
   * should stay away.
   *
   * @param icon {@code null} when there is none
   * @param socialImage {@code null} when there is none; its URL is absolute
   */
  public record Site(String name, String tagline, String base, String stylesheet, List<NavItem> menu, List<NavItem> footerMenu,
      List<Link> categories,
      Image icon, Image socialImage, boolean noindex) {}

  /** An image of the site's own, with its size in pixels. */
  public record Image(String url, int width, int height) {}

  public record Link(String name, String url) {}

  /**
   * A menu item: a link, or with children a dropdown.
   *
   * @param url {@code null} for a dropdown that only holds its children ("More")
   */
  public record NavItem(String name, String url, List<Link> children) {}

  /** A teaser card, with the size of its image ({@code null} when it has none or it is unknown). */
  public record Card(ArticleCard article, ImageSize image) {}

  /** The document head: title, description, canonical address, social and structured data. */
  public record Head(
      String title,
      String description,
      String canonical,
      boolean noindex,
      String prev,
      String next,
      List<Meta> meta,
      String jsonLd,
      String feedTitle,
      String feedUrl) {}

  /** A {@code <meta>} tag: {@code attribute} is {@code name} or {@code property}. */
  public record Meta(String attribute, String key, String value) {}

  /** Where a paginated list is: 1-based page of {@code total}, and the neighbours' addresses. */
  public record Pages(int page, long total, String prevUrl, String nextUrl) {}

  /** A date as a machine reads it and as a reader does. */
  public record Date(String iso, String text) {}
}
