package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleSort.Direction;
import org.inkwell.cms.articles.ArticleSort.Field;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleOrderTest {

  @Test
  void withoutParametersListsTheNewestFirstAsBefore() {
    assertThat(ArticleOrder.parse(null, null)).isEqualTo(ArticleSort.NEWEST_FIRST);
  }

  @ParameterizedTest(name = "orderby={0}&order={1}")
  @CsvSource({
    "date,     asc,  PUBLISHED, ASC",
    "modified, desc, UPDATED,   DESC",
    "title,    ASC,  TITLE,     ASC",
    "Status,   ,     STATUS,    DESC",
    "author,   asc,  AUTHOR,    ASC",
    ",         asc,  PUBLISHED, ASC",
  })
  void readsWordPressNamesIgnoringCase(String orderby, String order, Field field, Direction direction) {
    assertThat(ArticleOrder.parse(orderby, order)).isEqualTo(new ArticleSort(field, direction));
  }

  @Test
  void refusesUnknownValuesNamingEveryBadParameter() {
    assertThatThrownBy(() -> ArticleOrder.parse("popularity", "up"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(err -> err.field() + ": " + err.message())
                    .containsExactly(
                        "orderby: must be one of date, modified, title, status, author",
                        "order: must be asc or desc"));
  }

  @Test
  void refusesEmptyValues() {
    assertThatThrownBy(() -> ArticleOrder.parse("", null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ArticleOrder.parse(null, " ")).isInstanceOf(InvalidInputException.class);
  }
}
