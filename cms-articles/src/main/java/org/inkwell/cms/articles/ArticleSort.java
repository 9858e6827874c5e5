package org.inkwell.cms.articles;

import java.util.Objects;

/**
 * The order of an article listing. Articles that tie are ordered by id in the same direction, so
 * that consecutive pages neither repeat nor skip one.
 */
public record ArticleSort(Field field, Direction direction) {

  /** The editors' list: what changed last comes first. */
  public static final ArticleSort RECENTLY_UPDATED = new ArticleSort(Field.UPDATED, Direction.DESC);

  /** The public order: the newest publication first. */
  public static final ArticleSort NEWEST_FIRST = new ArticleSort(Field.PUBLISHED, Direction.DESC);

  public ArticleSort {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(direction, "direction");
  }

  /** What articles are compared by. */
  public enum Field {
    /** The time of the last change. */
    UPDATED,
    /**
     * The publication time (planned, for a scheduled article); an article never published counts
     * with the time of its last change, like WordPress's "date" column.
     */
    PUBLISHED,
    /** The title, ignoring case. */
    TITLE,
    /** The status, in the workflow order of {@link ArticleStatus}'s constants. */
    STATUS,
    /** The author's display name, ignoring case. */
    AUTHOR
  }

  /** Ascending (A to Z, oldest first) or descending. */
  public enum Direction {
    ASC,
    DESC
  }
}
