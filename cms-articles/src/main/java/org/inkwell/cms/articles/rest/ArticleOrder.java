package org.inkwell.cms.articles.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;

/**
 * The {@code orderby} and {@code order} parameters of article listings, with the names and
 * defaults of WordPress's REST API ({@code date}, descending); {@code status} is ours.
 */
final class ArticleOrder {

  /** The names as the error lists them: WordPress's first. */
  private static final String NAMES = List.of(ArticleSort.Field.PUBLISHED, ArticleSort.Field.UPDATED,
          ArticleSort.Field.TITLE, ArticleSort.Field.STATUS, ArticleSort.Field.AUTHOR).stream()
      .map(ArticleSort.Field::parameter).collect(Collectors.joining(", "));

  private ArticleOrder() {}

  /** The sort the parameters ask for; absent ones take the defaults, wrong ones are a 400. */
  static ArticleSort parse(String orderby, String order) {
    List<FieldError> errors = new ArrayList<>();
    ArticleSort.Field field = ArticleSort.NEWEST_FIRST.field();
    if (orderby != null) {
      field = ArticleSort.Field.ofParameter(orderby).orElse(null);
      if (field == null) {
        errors.add(new FieldError("orderby", "must be one of " + NAMES));
      }
    }
    ArticleSort.Direction direction = ArticleSort.NEWEST_FIRST.direction();
    if (order != null) {
      direction = ArticleSort.Direction.ofParameter(order).orElse(null);
      if (direction == null) {
        errors.add(new FieldError("order", "must be asc or desc"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ArticleSort(field, direction);
  }
}
