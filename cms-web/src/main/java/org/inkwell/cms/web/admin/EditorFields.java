package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.Term;

/** What the editor form holds, and its conversion to and from what the article service speaks. */
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

  static EditorFields of(ArticleDetails a) {
    EditorFields f = new EditorFields();
    f.title = a.title();
    f.slug = a.slug();
    f.body = a.body();
    f.excerpt = a.excerpt();
    f.category = a.category() == null ? null : a.category().slug();
    f.extraCategories = new ArrayList<>(a.categories().stream().map(Term::slug).filter(s -> !s.equals(f.category)).toList());
    f.tags = new ArrayList<>(a.tags().stream().map(Term::name).toList());
    f.featuredImage = a.featuredImage();
    f.featuredImageAlt = a.featuredImageAlt();
    SeoFields seo = a.seo();
    if (seo != null) {
      f.metaTitle = seo.metaTitle();
      f.metaDescription = seo.metaDescription();
      f.focusKeyphrase = seo.focusKeyphrase();
      f.canonical = seo.canonical();
      f.noindex = Boolean.TRUE.equals(seo.noindex());
    }
    return f;
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
        QuillHtml.normalise(body),
        excerpt,
        status,
        publishAt,
        category,
        List.copyOf(extraCategories),
        List.copyOf(tags),
        featuredImage,
        featuredImageAlt,
        new SeoFields(metaTitle, metaDescription, focusKeyphrase, canonical, noindex));
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

  public void setBody(String body) {
    this.body = body;
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
}
