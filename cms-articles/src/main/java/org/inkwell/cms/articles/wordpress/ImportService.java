package org.inkwell.cms.articles.wordpress;

import java.io.InputStream;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Imports WordPress export files (WXR 1.0 to 1.2), for administrators only. An import runs in the
 * background; items are keyed by their site and WordPress id, so running the same file again
 * creates nothing, and completes what an interrupted run left. Attachments become images of the
 * media library, featured images follow, and bodies point at the local copies.
 */
public interface ImportService {

  /**
   * Stores the file under the data directory (streamed, never held in memory), checks that it is a
   * WordPress export and queues its import.
   *
   * @throws org.inkwell.cms.core.InvalidInputException for an empty file, one that is not XML, not
   *     WXR or of an unknown version
   */
  default ImportReport start(InputStream wxr, Actor actor) {
    return start(wxr, true, actor);
  }

  /**
   * As {@link #start(InputStream, Actor)}, choosing whether attachments are downloaded into the
   * media library from their {@code wp:attachment_url} (http or https, at most the media upload
   * limit each). Without, attachments an earlier run brought in are still used for featured images
   * and in bodies; the others are listed as problems.
   */
  ImportReport start(InputStream wxr, boolean downloadMedia, Actor actor);

  ImportReport find(long id, Actor actor);

  /** Newest first. */
  ResultPage<ImportReport> list(PageRequest page, Actor actor);
}
