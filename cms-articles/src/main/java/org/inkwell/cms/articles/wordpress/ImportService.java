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

  /** How long an upload that was not started is kept. */
  int UNSTARTED_KEPT_MINUTES = 60;

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

  /**
   * The first of an import's two steps, for the admin screen: stores the file as {@link
   * #start(InputStream, Actor)} does, with the same checks and limit, and counts what it holds and
   * who wrote it. Nothing is imported until {@link #start(String, ImportOptions, Actor)}. An upload
   * not started is deleted by {@link #discard}, else after {@link #UNSTARTED_KEPT_MINUTES} minutes.
   *
   * @throws org.inkwell.cms.core.InvalidInputException for an empty file, one that is not XML, not
   *     WXR or of an unknown version; nothing is kept then
   * @throws org.inkwell.cms.core.PayloadTooLargeException beyond {@link #maxFileBytes()}
   */
  ImportUpload upload(InputStream wxr, Actor actor);

  /**
   * Queues the import of an upload of the same admin, with their choices.
   *
   * @throws org.inkwell.cms.core.ContentNotFoundException when there is no such upload (any more)
   * @throws org.inkwell.cms.core.InvalidInputException when an author is mapped to no user
   */
  ImportReport start(String upload, ImportOptions options, Actor actor);

  /** Deletes an upload that was not started; nothing happens for one that is gone. */
  void discard(String upload, Actor actor);

  /** The largest export file taken, in bytes ({@code cms.import.max.bytes}). */
  long maxFileBytes();

  ImportReport find(long id, Actor actor);

  /** Newest first. */
  ResultPage<ImportReport> list(PageRequest page, Actor actor);
}
