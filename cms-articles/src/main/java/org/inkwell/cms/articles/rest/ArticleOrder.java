package org.inkwell.cms.articles.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;

/**
 * The {@code orderby} and {@code order} parameters of article listings, with the names and
 * defaults of WordPress's REST API ({@code date}, descending); {@code status} is ours.
 */
final class ArticleOrder {

  private static final Map<String, ArticleSort.Field> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("date", ArticleSort.Field.PUBLISHED);
    FIELDS.put("modified", ArticleSort.Field.UPDATED);
    FIELDS.put("title", ArticleSort.Field.TITLE);
    FIELDS.put("status", ArticleSort.Field.STATUS);
    FIELDS.put("author", ArticleSort.Field.AUTHOR);
  }

  private ArticleOrder() {}

  /** The sort the parameters ask for; absent ones take the defaults, wrong ones are a 400. */
  static ArticleSort parse(String orderby, String order) {
    List<FieldError> errors = new ArrayList<>();
    ArticleSort.Field field = ArticleSort.NEWEST_FIRST.field();
    if (orderby != null) {
      field = FIELDS.get(orderby.strip().toLowerCase(Locale.ROOT));
      if (field == null) {
        errors.add(new FieldError("orderby", "must be one of " + String.join(", ", FIELDS.keySet())));
      }
    }
    ArticleSort.Direction direction = ArticleSort.NEWEST_FIRST.direction();
    if (order != null) {
      direction = switch (order.strip().toLowerCase(Locale.ROOT)) {
        case "asc" -> ArticleSort.Direction.ASC;
        case "desc" -> ArticleSort.Direction.DESC;
        default -> {
          errors.add(new FieldError("order", "must be asc or desc"));
          yield null;
        }
      };
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ArticleSort(field, direction);
  }
}
