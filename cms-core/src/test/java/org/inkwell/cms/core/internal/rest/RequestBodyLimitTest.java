package org.inkwell.cms.core.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestBodyLimitTest {

  @ParameterizedTest(name = "{0}: upload {1}")
  @CsvSource({
    "image/png, true",
    "IMAGE/JPEG, true",
    "image/webp;q=1, true",
    "application/octet-stream, true",
    "application/json, false",
    "text/plain, false",
    "image/*, false",
    "*/*, false",
    "multipart/form-data, false"
  })
  void onlyImageAndOctetStreamBodiesAreUploads(String type, boolean upload) {
    assertThat(RequestBodyLimit.isUpload(MediaType.valueOf(type))).isEqualTo(upload);
  }

  @ParameterizedTest(name = "{0}: known charset {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          application/json                        | true
          application/json; charset=UTF-8        | true
          application/json; charset="utf-16"      | true
          application/json; charset=bogus         | false
          application/json; charset="@@"          | false
          application/merge-patch+json;charset=x  | false
          """)
  void onlyCharsetsThatExistAreKnown(String type, boolean known) {
    assertThat(RequestBodyLimit.hasKnownCharset(MediaType.valueOf(type))).isEqualTo(known);
  }

  @ParameterizedTest(name = "{0} {1}: import {2}")
  @CsvSource({
    "POST, imports, true",
    "POST, /imports/, true",
    "GET, imports, false",
    "POST, imports/7, false",
    "POST, articles, false"
  })
  void onlyPostsOfImportFilesHaveTheImportLimit(String method, String path, boolean isImport) {
    assertThat(RequestBodyLimit.isImport(method, path)).isEqualTo(isImport);
  }
}
