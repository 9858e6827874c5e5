package org.inkwell.cms.articles;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded image as the media library shows it.
 *
 * @param fileName the stored file's name, e.g. {@code morning-run-k3x9a2.jpg}: made from the
 *     uploaded name, lower case, with a random suffix so that its URL never serves other bytes
 * @param mediaType detected from the content: {@code image/jpeg}, {@code image/png}, {@code
 *     image/gif} or {@code image/webp}
 * @param width in pixels, as displayed (a photo's EXIF orientation applied)
 * @param height in pixels, as displayed
 * @param bytes size of the original file
 * @param altText {@code null} until an editor describes the image
 * @param caption {@code null} when there is none
 * @param url of the original, root-relative, e.g. {@code /media/uploads/2026/05/morning-run-k3x9a2.jpg};
 *     every URL of an upload may be cached forever
 * @param variants the resized copies, only those smaller than the original, in the order
 *     thumbnail, medium, medium_large, large
 */
public record MediaDetails(
    long id,
    String fileName,
    String mediaType,
    int width,
    int height,
    long bytes,
    String altText,
    String caption,
    Person uploadedBy,
    Instant uploadedAt,
    String url,
    List<MediaVariant> variants) {

  public MediaDetails {
    variants = List.copyOf(variants);
  }
}
