package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Search-engine fields an editor may set on an article. */
@Embeddable
public class Seo {

  @Column(name = "meta_title")
  private String metaTitle;

  @Column(name = "meta_description")
  private String metaDescription;

  @Column(name = "focus_keyphrase")
  private String focusKeyphrase;

  @Column(name = "canonical_url")
  private String canonicalUrl;

  @Column(name = "noindex", nullable = false)
  private boolean noindex;

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

  public String getCanonicalUrl() {
    return canonicalUrl;
  }

  public void setCanonicalUrl(String canonicalUrl) {
    this.canonicalUrl = canonicalUrl;
  }

  public boolean isNoindex() {
    return noindex;
  }

  public void setNoindex(boolean noindex) {
    this.noindex = noindex;
  }
}
