package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * Someone else saved the article or page while this editor was writing: their version, when it was
 * saved, and how this editor's text differs from it.
 */
public record EditConflict(StoredContent theirs, Instant savedAt, RevisionComparison diff) implements Serializable {

  static EditConflict between(EditorFields mine, StoredContent theirs) {
    RevisionComparison diff = RevisionDiff.compare(
        new ArticleVersion(mine.getTitle(), mine.getBody()), new ArticleVersion(theirs.title(), theirs.body()));
    return new EditConflict(theirs, theirs.updatedAt(), diff);
  }
}
