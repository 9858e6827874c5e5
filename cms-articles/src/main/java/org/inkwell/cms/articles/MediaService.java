package org.inkwell.cms.articles;

import java.io.InputStream;
import java.util.Optional;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * The media library: uploaded images with alt text, caption and resized variants.
 *
 * <p>Reads need a signed-in user. Uploads need an administrator, editor or author (contributors
 * cannot upload, as in WordPress); editors and administrators change and delete any image,
 * authors only their own.
 *
 * <p>An upload is accepted by its content, never by its name: JPEG, PNG, GIF or WebP, at most
 * {@code cms.media.max-bytes} (default 10 MiB), 12,000 pixels a side and 50 megapixels. Files are
 * stored under {@code ${cms.data.dir}/media/YYYY/MM/} and served at the URLs in {@link
 * MediaDetails} (see {@link MediaFiles}).
 */
public interface MediaService {

  /**
   * Stores an image and its variants.
   *
   * @param originalFileName the name the editor's file had; only used to name the stored file
   *     (may be {@code null})
   * @param content read to the end (or to the size limit) but not closed
   * @throws org.inkwell.cms.core.InvalidInputException on field {@code file} when the content is
   *     not an image of an accepted type, cannot be decoded or is too large in pixels
   * @throws org.inkwell.cms.core.PayloadTooLargeException beyond {@code cms.media.max-bytes}
   */
  MediaDetails upload(String originalFileName, InputStream content, Actor actor);

  /**
   * One page of the library, newest first.
   *
   * @param text when not {@code null} or blank, only images whose file name, alt text or caption
   *     contain every word of it (case-insensitive)
   */
  ResultPage<MediaDetails> list(String text, PageRequest page, Actor actor);

  MediaDetails find(long id, Actor actor);

  /**
   * Sets the texts that describe an image. {@code null} leaves a text as it is; a blank one
   * removes it.
   *
   * @throws org.inkwell.cms.core.InvalidInputException on field {@code altText} (over 500
   *     characters) or {@code caption} (over 2,000)
   */
  MediaDetails describe(long id, String altText, String caption, Actor actor);

  /** Deletes the image; its files go once the deletion has committed. */
  void delete(long id, Actor actor);

  /**
   * The size of the stored file (an original or one of its variants) at this root-relative URL,
   * e.g. {@code /media/uploads/2026/05/morning-run-k3x9a2-300x200.jpg}, for pages that show it.
   * Anyone may ask, as the files themselves are public. Empty for any other URL.
   */
  Optional<ImageSize> sizeOf(String url);

  /**
   * The library image whose original or one of whose resized copies is at this root-relative URL,
   * for pages that offer readers its other sizes. Anyone may ask, as the files themselves are
   * public. Empty for any other URL.
   */
  Optional<MediaDetails> imageAt(String url);
}
