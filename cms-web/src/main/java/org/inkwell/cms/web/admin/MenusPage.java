package org.inkwell.cms.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuService;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;

/**
 * Administrators arrange the header and footer menus: items added from the site's pages,
 * categories, articles and tags or as links, ordered and nested in the page, and stored together
 * by Save, which the menu service checks as it checks the API's.
 */
@Named("menus")
@ViewScoped
public class MenusPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 10;
  private static final String FORM = "menu";
  private static final String ROWS = "items";

  @Inject MenuService menus;
  @Inject PageService pages;
  @Inject ArticleService articles;
  @Inject TaxonomyService taxonomy;
  @Inject ArticleCatalog catalog;
  @Inject SignedInUser me;

  private MenuLocation location = MenuLocation.HEADER;
  private MenuOutline outline;
  /** The menu as last loaded or saved, to tell whether leaving the screen would lose changes. */
  private List<MenuItem> stored = List.of();
  private Long pageId;
  private String categorySlug;
  private Long tagId;
  private Long articleId;
  private String linkLabel;
  private String linkUrl;
  private final PerRequest<List<PageOutline.Row>> publishedPages = new PerRequest<>();

  public void load() {
    outline = MenuOutline.of(menus.items(location));
    stored = outline.menu();
  }

  public void save() {
    try {
      outline = MenuOutline.of(menus.replace(location, outline.menu(), me.actor()));
      stored = outline.menu();
      Notices.success("menus.saved", getLocationName());
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, outline.inputs((index, input) -> FORM + ":" + ROWS + ":" + index + ":" + input));
    } catch (CmsException e) {
      Notices.error("menus.refused", e.getMessage());
    }
  }

  public List<MenuOutline.Item> getItems() {
    return outline.items();
  }

  /** Published pages in tree order, indented: the ones readers can reach from a menu. */
  public List<PageOutline.Row> getPages() {
    return publishedPages.get(() -> PageOutline.rows(pages.published()));
  }

  public List<ArticleCard> suggestArticles(String typed) {
    return catalog.search(typed, SUGGESTIONS);
  }

  public void addPage() {
    getPages().stream().map(PageOutline.Row::page).filter(p -> pageId != null && p.id() == pageId).findFirst()
        .ifPresent((PageDetails p) -> add(p.title(), MenuTarget.of(Kind.PAGE, p.id())));
    pageId = null;
  }

  public void addCategory() {
    taxonomy.categories().stream().filter(c -> c.slug().equals(categorySlug)).findFirst()
        .ifPresent((CategoryDetails c) -> add(c.name(), MenuTarget.of(Kind.CATEGORY, c.id())));
    categorySlug = null;
  }

  public void addTag() {
    taxonomy.tags().stream().filter(t -> tagId != null && t.id() == tagId).findFirst()
        .ifPresent((TagDetails t) -> add(t.name(), MenuTarget.of(Kind.TAG, t.id())));
    tagId = null;
  }

  public void addArticle() {
    if (articleId != null) {
      try {
        add(articles.find(articleId, me.actor()).title(), MenuTarget.of(Kind.ARTICLE, articleId));
      } catch (CmsException e) {
        Notices.error("menus.refused", e.getMessage());
      }
      articleId = null;
    }
  }

  /** The address is checked on Save, with the rest of the menu. */
  public void addLink() {
    add(linkLabel, MenuTarget.address(linkUrl));
    linkLabel = null;
    linkUrl = null;
  }

  public void moveUp(int key) {
    outline.moveUp(key);
  }

  public void moveDown(int key) {
    outline.moveDown(key);
  }

  public void nest(int key) {
    outline.nest(key);
  }

  public void unnest(int key) {
    outline.unnest(key);
  }

  public void remove(int key) {
    outline.remove(key);
  }

  /**
   * An item dragged and dropped ({@code menus.js}): the request names it ({@code key}), the item
   * it was dropped on ({@code target}), which side of it ({@code place}: {@code before} or
   * {@code after}) and whether under the top-level item above ({@code child}).
   */
  public void drop() {
    Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      outline.drop(Integer.parseInt(request.get("key")), Integer.parseInt(request.get("target")),
          "after".equals(request.get("place")), Boolean.parseBoolean(request.get("child")));
    } catch (NumberFormatException e) {
      // not a drop of this screen's: nothing moves
    }
  }

  /** The arrangement shown differs from the stored one: leaving the screen asks first. */
  public boolean isUnsaved() {
    return !outline.menu().equals(stored);
  }

  public boolean canMoveUp(MenuOutline.Item item) {
    return outline.canMoveUp(item);
  }

  public boolean canMoveDown(MenuOutline.Item item) {
    return outline.canMoveDown(item);
  }

  public boolean canNest(MenuOutline.Item item) {
    return outline.canNest(item);
  }

  private void add(String label, MenuTarget target) {
    outline.add(label, target);
    Notices.success("menus.added", label);
  }

  public String getLocation() {
    return location.id();
  }

  /** An unknown location shows the header menu. */
  public void setLocation(String id) {
    location = MenuLocation.of(id).orElse(MenuLocation.HEADER);
  }

  public String getLocationName() {
    return Notices.text("menus.location." + location.id());
  }

  public Long getPageId() {
    return pageId;
  }

  public void setPageId(Long pageId) {
    this.pageId = pageId;
  }

  public String getCategorySlug() {
    return categorySlug;
  }

  public void setCategorySlug(String categorySlug) {
    this.categorySlug = categorySlug;
  }

  public Long getTagId() {
    return tagId;
  }

  public void setTagId(Long tagId) {
    this.tagId = tagId;
  }

  public Long getArticleId() {
    return articleId;
  }

  public void setArticleId(Long articleId) {
    this.articleId = articleId;
  }

  public String getLinkLabel() {
    return linkLabel;
  }

  public void setLinkLabel(String linkLabel) {
    this.linkLabel = linkLabel;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }
}
