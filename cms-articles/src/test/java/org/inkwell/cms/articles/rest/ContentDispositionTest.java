package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentDispositionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "attachment; filename=\"morning run.jpg\" | morning run.jpg",
        "attachment; filename=photo.png | photo.png",
        "attachment;filename=\"a\\\"b.gif\" | a\"b.gif",
        "inline; FILENAME=\"x.jpg\" | x.jpg",
        "attachment; filename=\"plain.jpg\"; filename*=UTF-8''na%C3%AFve%20caf%C3%A9.jpg | naïve café.jpg",
        "attachment; filename*=utf-8'en'%E2%82%AC%20rates.png | € rates.png",
        "attachment; filename=\"fallback.jpg\"; filename*=UTF-8''bad%zz | fallback.jpg",
        "attachment; filename=\"fallback.jpg\"; filename*=NOPE''x.jpg | fallback.jpg",
        "attachment; filename=\"semi;colon.jpg\"; size=10 | semi;colon.jpg",
        "attachment | NULL",
        "NULL | NULL"
      })
  void readsTheFileName(String header, String expected) {
    assertThat(ContentDisposition.fileName(header)).isEqualTo(expected);
  }
}
