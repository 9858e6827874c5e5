package org.inkwell.cms.articles.wordpress.wxr;

/**
 * A category, tag or other term of the file's channel ({@code wp:category}, {@code wp:tag},
 * {@code wp:term}).
 *
 * @param taxonomy {@code category}, {@code post_tag} or another taxonomy's name
 * @param id the term id, or {@code null} in old files without one
 * @param slug as WordPress stores it (may be percent-encoded)
 * @param parentSlug a category parent's slug, or {@code ""}; parents come first in the file
 */
public record WxrTerm(
    String taxonomy, String id, String slug, String name, String parentSlug, String description)
    implements WxrEntry {

  public static final String CATEGORY = "category";
  public static final String TAG = "post_tag";

  /** What identifies the term in its source: its id, else its slug. */
  public String key() {
    return id == null || id.isBlank() ? "slug:" + slug : id;
  }

  /** The name decoded, as readers should see it (see {@link PlainText}). */
  public String plainName() {
    return PlainText.of(name);
  }

  /** The description decoded, as readers should see it: WordPress stores it entity-escaped too. */
  public String plainDescription() {
    return PlainText.of(description);
  }

  @Override
  public String label() {
    return name.isBlank() ? slug : plainName();
  }
}
