package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionalTest {

  private static final Instant RENDERED = Instant.parse("2026-11-21T21:05:07.250Z");
  private final CachedPage page = CachedPage.of(PageResult.html(200, "<p>hello</p>", Set.of()), RENDERED);

  @Test
  void aMatchingEntityTagMeansNotModifiedWhateverTheDate() {
    assertThat(Conditional.notModified(page.etag(), -1, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("\"other\", " + page.etag(), -1, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("W/" + page.etag(), -1, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("*", -1, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("\"other\"", RENDERED.plusSeconds(60).toEpochMilli(), page, page.etag())).isFalse();
  }

  @Test
  void withoutAnEntityTagTheDateDecidesToTheSecond() {
    assertThat(page.lastModifiedHeader()).isEqualTo("Sat, 21 Nov 2026 21:05:07 GMT");
    long sameSecond = Instant.parse("2026-11-21T21:05:07Z").toEpochMilli();
    assertThat(Conditional.notModified(null, sameSecond, page, page.etag())).isTrue();
    assertThat(Conditional.notModified(null, sameSecond - 1000, page, page.etag())).isFalse();
    assertThat(Conditional.notModified(null, -1, page, page.etag())).isFalse();
  }

  @Test
  void gzipIsSentOnlyToClientsThatAcceptIt() {
    assertThat(Conditional.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(Conditional.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
    assertThat(Conditional.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(Conditional.acceptsGzip("identity")).isFalse();
    assertThat(Conditional.acceptsGzip(null)).isFalse();
  }

  @Test
  void theCompressedVariantHasItsOwnStrongTagAndTheSameContent() throws Exception {
    assertThat(page.gzipEtag()).isNotEqualTo(page.etag()).startsWith("\"").endsWith("-gz\"");
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.gzipped()))) {
      assertThat(in.readAllBytes()).isEqualTo(page.body());
    }
  }
}
