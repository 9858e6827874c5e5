package org.inkwell.cms.articles;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored files of the media library, for whoever serves them over HTTP. A file's URL is
 * {@link #URL_PREFIX} followed by its path under the media directory.
 */
public interface MediaFiles {

  /** Where uploads are served: a servlet mapping more specific than the public site's. */
  String URL_PREFIX = "/media/uploads/";

  /**
   * The stored file at this path under the media directory, e.g. {@code
   * 2026/05/morning-run-k3x9a2-300x200.jpg}: only names the library itself gives files, never one
   * outside the media directory, a directory or a file still being written.
   */
  Optional<MediaFile> find(String path);

  /** A stored file and what an HTTP response about it needs. */
  record MediaFile(Path path, String mediaType, long bytes, Instant lastModified) {}
}
