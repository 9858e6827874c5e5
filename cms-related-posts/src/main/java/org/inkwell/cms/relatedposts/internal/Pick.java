package org.inkwell.cms.relatedposts.internal;

import java.util.List;
import org.inkwell.cms.relatedposts.internal.CategoryTree.Relation;

/**
 * One recommended post in a stored list, with what it was chosen for.
 *
 * @param category the category the reason names: the candidate's primary category, a shared one,
 *     or for a fallback the category it is the latest of ({@code null} for the site)
 * @param sharedTags slugs of the tags both posts carry
 * @param text text similarity between 0 and 1
 */
public record Pick(
    long articleId,
    Kind kind,
    double score,
    Relation relation,
    String category,
    List<String> sharedTags,
    double text) {

  public enum Kind {
    /** An editor pinned it. */
    PINNED,
    /** Chosen by its score. */
    SCORED,
    /** Too few posts scored well: the latest in a category (or the site) fill the list. */
    LATEST
  }

  public Pick {
    sharedTags = List.copyOf(sharedTags);
  }

  static Pick pinned(long articleId) {
    return new Pick(articleId, Kind.PINNED, 0, Relation.NONE, null, List.of(), 0);
  }

  static Pick latest(long articleId, String category) {
    return new Pick(articleId, Kind.LATEST, 0, Relation.NONE, category, List.of(), 0);
  }
}
