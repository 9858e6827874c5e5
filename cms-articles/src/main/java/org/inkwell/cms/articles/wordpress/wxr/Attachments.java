package org.inkwell.cms.articles.wordpress.wxr;

import java.util.Optional;
import org.inkwell.cms.articles.MediaFiles;

/**
 * The media library's copies of a WordPress site's attachments, which shortcodes refer to by id
 * ({@code [gallery ids="9,10"]}) or by address ({@code [audio src="…"]}).
 */
public interface Attachments {

  /** No attachment is known: galleries stay as text, players of remote files become links. */
  Attachments NONE = id -> Optional.empty();

  /** The library's copy of the image that was this attachment, if it was imported. */
  Optional<Image> image(String attachmentId);

  /**
   * The library's address of a file the site had at this address; an address in the library
   * already is its own.
   */
  default Optional<String> localCopy(String url) {
    return url.startsWith(MediaFiles.URL_PREFIX) ? Optional.of(url) : Optional.empty();
  }

  /** An image of the library, as a gallery shows it. */
  record Image(String url, String alt, int width, int height) {}
}
