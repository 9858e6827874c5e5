package org.inkwell.cms.articles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * What articles are compared by, each with the name an address gives it ({@code orderby=date}),
   * WordPress's where it has one: the API and the admin's list read the same names.
   */
  public enum Field {
    /** The time of the last change. */
    UPDATED("modified"),
    /**
     * The publication time (planned, for a scheduled article); an article never published counts
     * with the time of its last change, like WordPress's "date" column.
     */
    PUBLISHED("date"),
    /** The title, ignoring case. */
    TITLE("title"),
    /** The status, in the workflow order of {@link ArticleStatus}'s constants. */
    STATUS("status"),
    /** The author's display name, ignoring case. */
    AUTHOR("author");

    private final String parameter;

    Field(String parameter) {
      this.parameter = parameter;
    }

    /** The name in an address's {@code orderby}. */
    public String parameter() {
      return parameter;
    }

    /** The field an {@code orderby} value names, ignoring case and surrounding blanks. */
    public static Optional<Field> ofParameter(String name) {
      if (name == null) {
        return Optional.empty();
      }
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> f.parameter.equals(wanted)).findFirst();
    }
  }

  /** Ascending (A to Z, oldest first) or descending; {@code asc} and {@code desc} in an address. */
  public enum Direction {
    ASC,
    DESC;

    /** The name in an address's {@code order}. */
    public String parameter() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The direction an {@code order} value names, ignoring case and surrounding blanks. */
    public static Optional<Direction> ofParameter(String name) {
      if (name == null) {
        return Optional.empty();
      }
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(d -> d.parameter().equals(wanted)).findFirst();
    }
  }
}
