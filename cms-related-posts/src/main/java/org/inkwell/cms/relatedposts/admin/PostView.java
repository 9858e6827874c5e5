package org.inkwell.cms.relatedposts.admin;

import java.io.Serializable;
import org.inkwell.cms.core.spi.ArticleCard;

/**
 * A post as the admin shows it: its card's title, link, category and excerpt; only its id when it
 * is no longer published (a pin or exclusion may outlive the post's publication).
 */
public final class PostView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final String path;
  private final String categoryName;
  private final String excerpt;

  private PostView(long id, String title, String path, String categoryName, String excerpt) {
    this.id = id;
    this.title = title;
    this.path = path;
    this.categoryName = categoryName;
    this.excerpt = excerpt;
  }

  static PostView of(ArticleCard card) {
    return new PostView(card.id(), card.title(), card.path(), card.categoryName(), card.excerpt());
  }

  static PostView unpublished(long id) {
    return new PostView(id, null, null, null, null);
  }

  public long getId() {
    return id;
  }

  /** {@code null} when the post is no longer published. */
  public String getTitle() {
    return title;
  }

  public boolean isPublished() {
    return title != null;
  }

  /** The public page, such as {@code /how-to-pop-lower-back/}. */
  public String getPath() {
    return path;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public String getExcerpt() {
    return excerpt;
  }
}
