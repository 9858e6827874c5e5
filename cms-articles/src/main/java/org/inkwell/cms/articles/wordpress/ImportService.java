package org.inkwell.cms.articles.wordpress;

import java.io.InputStream;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Imports WordPress export files (WXR 1.0 to 1.2), for administrators only. An import runs in the
 * background; items are keyed by their site and WordPress id, so running the same file again
 * creates nothing, and completes what an interrupted run left.
 */
public interface ImportService {

  /**
   * Stores the file under the data directory (streamed, never held in memory), checks that it is a
   * WordPress export and queues its import.
   *
   * @throws org.inkwell.cms.core.InvalidInputException for an empty file, one that is not XML, not
   *     WXR or of an unknown version
   */
  ImportReport start(InputStream wxr, Actor actor);

  ImportReport find(long id, Actor actor);

  /** Newest first. */
  ResultPage<ImportReport> list(PageRequest page, Actor actor);
}
