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
}
