package org.inkwell.cms.web.admin;

import java.util.List;

/**
 * Two versions of an article compared, for the revisions screen. All texts are plain and unescaped,
 * see {@link DiffSegment}.
 *
 * @param title the title as one line, deleted words marked before the inserted ones
 * @param body the body block by block, side by side, long unchanged stretches collapsed
 */
public record RevisionComparison(List<DiffSegment> title, List<DiffRow> body) {

  public RevisionComparison {
    title = List.copyOf(title);
    body = List.copyOf(body);
  }

  /** False when the versions read the same: the page can say so instead of showing the rows. */
  public boolean hasChanges() {
    return title.stream().anyMatch(DiffSegment::isChange)
        || body.stream().anyMatch(r -> r.kind() != DiffRow.Kind.UNCHANGED && r.kind() != DiffRow.Kind.COLLAPSED);
  }
}
