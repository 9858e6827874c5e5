package org.inkwell.cms.articles.wordpress;

import java.time.Instant;
import java.util.List;

/**
 * An import as its reader sees it: state, progress through the file's entries, what was created,
 * updated and skipped, and the problems met.
 *
 * @param source the WordPress site the file comes from, once known
 * @param failure why a failed import stopped (with line and column for malformed XML), else {@code null}
 */
public record ImportReport(
    long id,
    ImportState state,
    long done,
    long total,
    ImportCounts created,
    ImportCounts updated,
    ImportCounts skipped,
    List<ImportProblem> problems,
    String source,
    String failure,
    Instant createdAt,
    Instant updatedAt) {}
