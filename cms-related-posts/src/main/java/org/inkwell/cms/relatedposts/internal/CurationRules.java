package org.inkwell.cms.relatedposts.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * What an editor's pins and exclusions for one article must respect, whichever way they arrive (the
 * REST API, the admin): each channel words the problems its own way.
 */
public final class CurationRules {

  /** The most posts one article may pin, and the most it may exclude. */
  public static final int MAX_POSTS = 20;

  public static final String PINNED = "pinned";
  public static final String EXCLUDED = "excluded";

  /** A broken rule. */
  public enum Rule {
    /** More than {@link #MAX_POSTS} posts in one list. */
    TOO_MANY,
    /** A list names one post twice. */
    REPEATED,
    /** The article would recommend itself. */
    SELF,
    /** A post added to a list is not published. */
    NOT_PUBLISHED,
    /** A post is both pinned and excluded (reported on the exclusions). */
    PINNED_AND_EXCLUDED
  }

  /**
   * One problem.
   *
   * @param list {@link #PINNED} or {@link #EXCLUDED}
   * @param articleId the post it is about; {@code null} for problems of the whole list
   */
  public record Problem(String list, Rule rule, Long articleId) {}

  private CurationRules() {}

  /**
   * The problems of replacing {@code stored} with {@code proposed} for article {@code self}, in the
   * order a reader expects them: list by list, then pins that are also excluded.
   *
   * <p>Posts already in the stored curation may stay after they stop being published: an editor
   * sending back what they read, with one change, is not refused for a post withdrawn meanwhile.
   */
  public static List<Problem> check(long self, Curation stored, Curation proposed, LongPredicate published) {
    Set<Long> known = new LinkedHashSet<>(stored.pinned());
    known.addAll(stored.excluded());
    List<Problem> problems = new ArrayList<>();
    checkList(PINNED, proposed.pinned(), self, known, published, problems);
    checkList(EXCLUDED, proposed.excluded(), self, known, published, problems);
    proposed.pinned().stream()
        .filter(proposed.excluded()::contains)
        .distinct()
        .forEach(both -> problems.add(new Problem(EXCLUDED, Rule.PINNED_AND_EXCLUDED, both)));
    return problems;
  }

  private static void checkList(
      String list, List<Long> ids, long self, Set<Long> known, LongPredicate published, List<Problem> problems) {
    if (ids.size() > MAX_POSTS) {
      problems.add(new Problem(list, Rule.TOO_MANY, null));
    }
    Set<Long> distinct = new LinkedHashSet<>(ids);
    if (distinct.size() != ids.size()) {
      problems.add(new Problem(list, Rule.REPEATED, null));
    }
    for (long id : distinct) {
      if (id == self) {
        problems.add(new Problem(list, Rule.SELF, id));
      } else if (!known.contains(id) && !published.test(id)) {
        problems.add(new Problem(list, Rule.NOT_PUBLISHED, id));
      }
    }
  }
}
