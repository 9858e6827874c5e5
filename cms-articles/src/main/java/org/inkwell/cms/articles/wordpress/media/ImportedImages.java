package org.inkwell.cms.articles.wordpress.media;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;

/**
 * The images one import brought into the media library, or found there from an earlier run, by
 * WordPress id (for featured images) and by address (for bodies). An address of one of WordPress's
 * sizes of an image means the local variant that best stands in for it: the smallest at least as
 * large, else the original.
 */
public final class ImportedImages {

  private record Known(String host, MediaDetails media) {}

  private final Map<String, MediaDetails> byId = new HashMap<>();
  private final Map<String, Known> byKey = new HashMap<>();

  /** Nothing imported (a run without media, or a file without attachments). */
  public static ImportedImages none() {
    return new ImportedImages();
  }

  /** Records the local image of a WordPress attachment, with the address WordPress served it at. */
  public void add(String wordpressId, String attachmentUrl, MediaDetails media) {
    byId.put(wordpressId, media);
    AttachmentUrl.parse(attachmentUrl).ifPresent(url -> byKey.put(url.key(), new Known(url.host(), media)));
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** The local image of the attachment with this WordPress id. */
  public Optional<MediaDetails> byWordPressId(String wordpressId) {
    return Optional.ofNullable(wordpressId == null ? null : byId.get(wordpressId));
  }

  /**
   * The local URL for an address in a body: the original for the attachment's own address (or its
   * {@code -scaled} sibling), the best variant for one of its sizes; empty for any other address.
   */
  public Optional<String> localUrl(String address) {
    Optional<AttachmentUrl> parsed = AttachmentUrl.parse(address);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    AttachmentUrl url = parsed.get();
    Known whole = byKey.get(url.key());
    if (whole != null && url.sameSiteAs(whole.host())) {
      return Optional.of(whole.media().url());
    }
    Known sized = url.sizedKey() == null ? null : byKey.get(url.sizedKey());
    if (sized != null && url.sameSiteAs(sized.host())) {
      return Optional.of(bestFor(sized.media(), url.width(), url.height()));
    }
    return Optional.empty();
  }

  /** The smallest of the image's files at least as large as asked for, else the original. */
  static String bestFor(MediaDetails media, int width, int height) {
    return Stream.concat(
            media.variants().stream(),
            Stream.of(new MediaVariant("original", media.width(), media.height(), media.url())))
        .filter(v -> v.width() >= width && v.height() >= height)
        .min(Comparator.comparingLong(v -> (long) v.width() * v.height()))
        .map(MediaVariant::url)
        .orElse(media.url());
  }
}
