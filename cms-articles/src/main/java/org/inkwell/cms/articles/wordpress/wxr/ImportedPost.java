package org.inkwell.cms.articles.wordpress.wxr;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.Slug;

/**
 * A post or page of a WXR file as the site stores it: title decoded, slug valid, body converted,
 * status and dates mapped, and what could not come over as it was listed in {@code problems}.
 *
 * <p>An untitled item is titled {@value #UNTITLED}, as WordPress's admin lists it, and its slug is
 * its WordPress slug, else {@code post-{id}} or {@code page-{id}}.
 *
 * @param date when it was (or is to be) published: {@code post_date_gmt}, else {@code post_date}
 *     read as UTC (the file says nothing of the site's zone); {@code null} when neither is set
 * @param parentId a page's parent's WordPress id, {@code null} for none
 * @param categories its categories, in the file's order, and {@code tags} its tags: as valid
 *     slugs and plain names
 * @param sticky a post WordPress shows first on its home page ({@code wp:is_sticky}); pages never are
 * @param featuredImageId the WordPress id of its featured image's attachment, {@code null} for none
 */
public record ImportedPost(
    boolean page,
    String id,
    String title,
    String slug,
    String body,
    String excerpt,
    ArticleStatus status,
    Instant date,
    Instant modified,
    String authorLogin,
    List<WxrItem.Term> categories,
    List<WxrItem.Term> tags,
    String parentId,
    int menuOrder,
    List<String> oldSlugs,
    boolean sticky,
    List<String> problems,
    String featuredImageId) {

  /** What a slug comes out as when nothing of its source could be kept. */
  private static final String SLUG_OF_NOTHING = "untitled";

  public static final String UNTITLED = "(untitled)";
  private static final String NEVER = "0000-00-00 00:00:00";
  private static final DateTimeFormatter WXR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Why an item is not imported as a post or page, or empty when it is. */
  public static Optional<String> whyNotImported(WxrItem item) {
    String type = item.postType();
    if (!type.equals("post") && !type.equals("page")) {
      // Attachments come in as media, beside posts and pages (see the importer).
      return Optional.of(item.isAttachment() ? "an attachment, imported as media" : "items of type " + type + " are not imported");
    }
    return switch (item.status()) {
      case "publish", "future", "draft", "pending", "private" -> Optional.empty();
      case "trash" -> Optional.of("in WordPress's trash");
      default -> Optional.of("status " + item.status() + " is not imported");
    };
  }

  /** The item, with no attachment known (see {@link Attachments#NONE}). */
  public static ImportedPost of(WxrItem item) {
    return of(item, Attachments.NONE);
  }

  /** @param attachments the site's attachments the media library has, for galleries and players */
  public static ImportedPost of(WxrItem item, Attachments attachments) {
    boolean page = item.postType().equals("page");
    List<String> problems = new ArrayList<>();
    String title = item.plainTitle();
    if (title.isEmpty()) {
      title = UNTITLED;
      problems.add("untitled in WordPress: titled " + UNTITLED);
    }
    ArticleStatus status = status(item, page, problems);
    PostBody.Converted body = PostBody.convert(item.content(), attachments);
    problems.addAll(body.problems());
    List<WxrItem.Term> categories = new ArrayList<>();
    List<WxrItem.Term> tags = new ArrayList<>();
    for (WxrItem.Term term : item.terms()) {
      List<WxrItem.Term> kind =
          term.domain().equals(WxrTerm.CATEGORY) ? categories : term.domain().equals(WxrTerm.TAG) ? tags : null;
      String slug = termSlug(term.slug(), PlainText.of(term.name()));
      if (kind != null && kind.stream().noneMatch(t -> t.slug().equals(slug))) {
        kind.add(new WxrItem.Term(term.domain(), slug, PlainText.of(term.name())));
      }
    }
    String parent = item.parentId().strip();
    return new ImportedPost(
        page,
        item.id(),
        title,
        postSlug(item, page),
        body.html(),
        PostBody.convert(item.excerpt(), attachments).html(),
        status,
        date(item.postDateGmt(), item.postDate()),
        date(item.modifiedGmt(), item.modified()),
        item.creator().strip(),
        List.copyOf(categories),
        List.copyOf(tags),
        parent.isEmpty() || parent.equals("0") ? null : parent,
        number(item.menuOrder()),
        item.oldSlugs().stream().map(s -> slug(s, "")).filter(s -> !s.equals("untitled")).distinct().toList(),
        !page && item.sticky(),
        List.copyOf(problems),
        item.thumbnailId().isEmpty() || item.thumbnailId().equals("0") ? null : item.thumbnailId());
  }

  /**
   * A valid slug for a WordPress slug (percent-encoded for non-ASCII letters), else for the name.
   */
  public static String slug(String wordpressSlug, String name) {
    String decoded;
    try {
      decoded = URLDecoder.decode(wordpressSlug.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEncoding) {
      decoded = wordpressSlug;
    }
    Slug slug = Slug.fromTitle(decoded);
    return slug.value().equals(SLUG_OF_NOTHING) && !name.isBlank() ? Slug.fromTitle(name).value() : slug.value();
  }

  /**
   * A category's or tag's slug, as {@link #slug}; but where neither its WordPress slug nor its name
   * keeps any letter a slug can hold (Cyrillic, CJK...), one derived from its WordPress slug, so
   * that such terms stay apart instead of all becoming one "untitled".
   */
  public static String termSlug(String wordpressSlug, String name) {
    String slug = slug(wordpressSlug, name);
    if (!slug.equals(SLUG_OF_NOTHING) || (wordpressSlug + name).toLowerCase(Locale.ROOT).contains(SLUG_OF_NOTHING)) {
      return slug;
    }
    String source = wordpressSlug.isBlank() ? name : wordpressSlug;
    return "term-" + HexFormat.of().formatHex(sha256(source.strip().toLowerCase(Locale.ROOT)), 0, 5);
  }


  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private static String postSlug(WxrItem item, boolean page) {
    String fallback = (page ? "page-" : "post-") + item.id();
    String fromName = slug(item.postName(), item.plainTitle());
    return fromName.equals("untitled") ? Slug.fromTitle(fallback).value() : fromName;
  }

  private static ArticleStatus status(WxrItem item, boolean page, List<String> problems) {
    if (!item.password().isEmpty()) {
      problems.add("password-protected in WordPress: imported as a draft");
      return ArticleStatus.DRAFT;
    }
    return switch (item.status()) {
      case "publish" -> ArticleStatus.PUBLISHED;
      case "future" -> {
        if (page) {
          problems.add("a scheduled page: imported as a draft (pages are not scheduled here)");
          yield ArticleStatus.DRAFT;
        }
        yield ArticleStatus.SCHEDULED;
      }
      case "pending" -> {
        if (page) {
          problems.add("a page pending review: imported as a draft (pages are not reviewed here)");
          yield ArticleStatus.DRAFT;
        }
        yield ArticleStatus.PENDING;
      }
      case "private" -> {
        problems.add("private in WordPress: imported as a draft");
        yield ArticleStatus.DRAFT;
      }
      default -> ArticleStatus.DRAFT;
    };
  }

  /** A WXR date, the GMT one first; WordPress writes {@value #NEVER} for a date never set. */
  static Instant date(String gmt, String local) {
    for (String value : new String[] {gmt, local}) {
      if (value != null && !value.isBlank() && !value.strip().equals(NEVER)) {
        try {
          return LocalDateTime.parse(value.strip(), WXR_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
          // try the next
        }
      }
    }
    return null;
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
