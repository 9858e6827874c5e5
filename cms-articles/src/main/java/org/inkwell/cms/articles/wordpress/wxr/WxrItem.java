package org.inkwell.cms.articles.wordpress.wxr;

import java.util.List;

/**
 * An {@code item}: a post, page, attachment or any other post type, as the file says it (text
 * unconverted: titles still entity-escaped, bodies with block comments and shortcodes).
 *
 * @param postDateGmt {@code wp:post_date_gmt}, {@code "0000-00-00 00:00:00"} when never set
 * @param terms the item's {@code category} elements, categories and tags among them
 * @param oldSlugs its {@code _wp_old_slug} meta values
 * @param comments how many {@code wp:comment} it carries
 * @param thumbnailId its featured image's WordPress id ({@code _thumbnail_id} meta), or {@code ""}
 * @param attachmentUrl an attachment's {@code wp:attachment_url}, or {@code ""}
 * @param imageAlt an attachment's alt text ({@code _wp_attachment_image_alt} meta), or {@code ""}
 */
public record WxrItem(
    String id,
    String title,
    String link,
    String creator,
    String content,
    String excerpt,
    String postDate,
    String postDateGmt,
    String modified,
    String modifiedGmt,
    String postName,
    String status,
    String parentId,
    String menuOrder,
    String postType,
    String password,
    boolean sticky,
    List<Term> terms,
    List<String> oldSlugs,
    int comments,
    String thumbnailId,
    String attachmentUrl,
    String imageAlt)
    implements WxrEntry {

  public static final String ATTACHMENT = "attachment";

  /** One {@code <category domain="…" nicename="…">name</category>} of an item. */
  public record Term(String domain, String slug, String name) {}

  /** The title decoded, as readers should see it (see {@link PlainText}). */
  public String plainTitle() {
    return PlainText.of(title);
  }

  public boolean isAttachment() {
    return postType.equals(ATTACHMENT);
  }

  @Override
  public String label() {
    String plain = plainTitle();
    return plain.isEmpty() ? postType + " " + id : plain;
  }
}
