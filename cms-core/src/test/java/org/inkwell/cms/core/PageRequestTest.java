package org.inkwell.cms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest(name = "page=[{0}] per_page=[{1}]")
  @CsvSource(
      nullValues = "NULL",
      value = {"NULL, NULL", "'', ''", "'  ', '   '"})
  void absentOrBlankParametersTakeTheDefaults(String page, String perPage) {
    PageRequest request = PageRequest.parse(page, perPage);

    assertThat(request.page()).isEqualTo(1);
    assertThat(request.perPage()).isEqualTo(PageRequest.DEFAULT_PER_PAGE).isEqualTo(10);
  }

  @ParameterizedTest(name = "page={0} per_page={1}")
  @CsvSource({"1, 1", "3, 25", "' 7 ', ' 50 '", "100000, 100"})
  void acceptsWholeNumbersWithinTheLimits(String page, String perPage) {
    PageRequest request = PageRequest.parse(page, perPage);

    assertThat(request.page()).isEqualTo(Integer.parseInt(page.trim()));
    assertThat(request.perPage()).isEqualTo(Integer.parseInt(perPage.trim()));
  }

  @ParameterizedTest(name = "page=[{0}]")
  @ValueSource(strings = {"0", "-1", "100001", "abc", "1.5", "1e3", "99999999999999", "2147483648"})
  void refusesAPageOutsideOneToOneHundredThousand(String page) {
    assertThatThrownBy(() -> PageRequest.parse(page, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("page");
              assertThat(e.errors().get(0).message()).contains("1").contains("100000");
            });
  }

  @ParameterizedTest(name = "per_page=[{0}]")
  @ValueSource(strings = {"0", "-10", "101", "ten", "99999999999999"})
  void refusesAPerPageOutsideOneToOneHundred(String perPage) {
    assertThatThrownBy(() -> PageRequest.parse("1", perPage))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("per_page"));
  }

  @Test
  void reportsBothParametersWhenBothAreWrong() {
    assertThatThrownBy(() -> PageRequest.parse("-1", "99999999999999"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("page", "per_page"));
  }

  @Test
  void constructorAppliesTheSameLimits() {
    assertThatThrownBy(() -> new PageRequest(0, 101))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("page", "per_page"));
  }

  @ParameterizedTest(name = "page {0} of {1} starts at {2}")
  @CsvSource({"1, 10, 0", "2, 10, 10", "3, 20, 40", "100000, 100, 9999900"})
  void offsetIsTheNumberOfItemsOnEarlierPages(int page, int perPage, int offset) {
    assertThat(new PageRequest(page, perPage).offset()).isEqualTo(offset);
  }
}
