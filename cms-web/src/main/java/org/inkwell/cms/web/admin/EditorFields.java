package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.Term;

/**
 * What the editor form holds, and its conversion to and from what the article and page services
 * speak. Pages use the shared fields and their parent and order; articles everything else.
 */
public class EditorFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String slug;
  private String body;
  private String excerpt;
  private String category;
  private List<String> extraCategories = new ArrayList<>();
  private List<String> tags = new ArrayList<>();
  private String featuredImage;
  private String featuredImageAlt;
  private String metaTitle;
  private String metaDescription;
  private String focusKeyphrase;
  private String canonical;
  private boolean noindex;
  private boolean sticky;
  /** The parent page's id; {@code null} for a top-level page. */
  private Long parent;
  private Integer menuOrder = 0;

  static EditorFields of(ArticleDetails a) {
    EditorFields f = new EditorFields();
    f.title = a.title();
    f.slug = a.slug();
    f.body = a.body();
    f.excerpt = a.excerpt();
    f.category = a.category() == null ? null : a.category().slug();
    f.extraCategories = new ArrayList<>(a.categories().stream().map(Term::slug).filter(s -> !s.equals(f.category)).toList());
    f.tags = new ArrayList<>(a.tags().stream().map(Term::name).toList());
    f.sticky = a.sticky();
    f.setShared(a.featuredImage(), a.featuredImageAlt(), a.seo());
    return f;
  }

  static EditorFields of(PageDetails p) {
    EditorFields f = new EditorFields();
    f.title = p.title();
    f.slug = p.slug();
    f.body = p.body();
    f.parent = p.parent();
    f.menuOrder = p.menuOrder();
    f.setShared(p.featuredImage(), p.featuredImageAlt(), p.seo());
    return f;
  }

  private void setShared(String image, String imageAlt, SeoFields seo) {
    featuredImage = image;
    featuredImageAlt = imageAlt;
    if (seo != null) {
      metaTitle = seo.metaTitle();
      metaDescription = seo.metaDescription();
      focusKeyphrase = seo.focusKeyphrase();
      canonical = seo.canonical();
      noindex = Boolean.TRUE.equals(seo.noindex());
    }
  }

  /**
   * Everything the form holds, as a full replacement of the article.
   *
   * @param generatedSlug {@code true} to let the service make the slug from the title
   */
  ArticleInput toInput(ArticleStatus status, Instant publishAt, boolean generatedSlug) {
    return new ArticleInput(
        title,
        generatedSlug ? null : slug,
        body,
        excerpt,
        status,
        publishAt,
        category,
        List.copyOf(extraCategories),
        List.copyOf(tags),
        featuredImage,
        featuredImageAlt,
        seo(),
        sticky);
  }

  /**
   * The page fields the form holds, as a full replacement of the page.
   *
   * @param generatedSlug {@code true} to let the service make the slug from the title
   */
  PageInput toPageInput(ArticleStatus status, boolean generatedSlug) {
    return new PageInput(
        title,
        generatedSlug ? null : slug,
        body,
        status,
        parent == null ? 0L : parent,
        menuOrder == null ? 0 : menuOrder,
        featuredImage,
        featuredImageAlt,
        seo());
  }

  private SeoFields seo() {
    return new SeoFields(metaTitle, metaDescription, focusKeyphrase, canonical, noindex);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getBody() {
    return body;
  }

  /** Browsers send a text area's line breaks as CRLF; the stored text keeps the editor's LF. */
  public void setBody(String body) {
    this.body = body == null ? null : body.replace("\r\n", "\n");
  }

  public String getExcerpt() {
    return excerpt;
  }

  public void setExcerpt(String excerpt) {
    this.excerpt = excerpt;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getExtraCategories() {
    return extraCategories;
  }

  public void setExtraCategories(List<String> extraCategories) {
    this.extraCategories = extraCategories == null ? new ArrayList<>() : new ArrayList<>(extraCategories);
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public String getFeaturedImage() {
    return featuredImage;
  }

  public void setFeaturedImage(String featuredImage) {
    this.featuredImage = featuredImage;
  }

  public String getFeaturedImageAlt() {
    return featuredImageAlt;
  }

  public void setFeaturedImageAlt(String featuredImageAlt) {
    this.featuredImageAlt = featuredImageAlt;
  }

  public String getMetaTitle() {
    return metaTitle;
  }

  public void setMetaTitle(String metaTitle) {
    this.metaTitle = metaTitle;
  }

  public String getMetaDescription() {
    return metaDescription;
  }

  public void setMetaDescription(String metaDescription) {
    this.metaDescription = metaDescription;
  }

  public String getFocusKeyphrase() {
    return focusKeyphrase;
  }

  public void setFocusKeyphrase(String focusKeyphrase) {
    this.focusKeyphrase = focusKeyphrase;
  }

  public String getCanonical() {
    return canonical;
  }

  public void setCanonical(String canonical) {
    this.canonical = canonical;
  }

  public boolean isNoindex() {
    return noindex;
  }

  public void setNoindex(boolean noindex) {
    this.noindex = noindex;
  }

  public boolean isSticky() {
    return sticky;
  }

  public void setSticky(boolean sticky) {
    this.sticky = sticky;
  }

  public Long getParent() {
    return parent;
  }

  public void setParent(Long parent) {
    this.parent = parent;
  }

  public Integer getMenuOrder() {
    return menuOrder;
  }

  public void setMenuOrder(Integer menuOrder) {
    this.menuOrder = menuOrder;
  }
}
