package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * Someone else saved the article or page while this editor was writing: their version, who saved
 * it and when, and how this editor's text differs from it.
 */
public record EditConflict(StoredContent theirs, String savedBy, Instant savedAt, RevisionComparison diff)
    implements Serializable {

  /** @param savedBy the name of who saved their version */
  static EditConflict between(EditorFields mine, StoredContent theirs, String savedBy) {
    RevisionComparison diff = RevisionDiff.compare(
        new ArticleVersion(mine.getTitle(), mine.getBody()), new ArticleVersion(theirs.title(), theirs.body()));
    return new EditConflict(theirs, savedBy, theirs.updatedAt(), diff);
  }
}
