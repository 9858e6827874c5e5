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
    assertThat(Conditional.notModified(page.etag(), null, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("\"other\", " + page.etag(), null, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("W/" + page.etag(), null, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("*", null, page, page.etag())).isTrue();
    assertThat(Conditional.notModified("\"other\"", "Sat, 21 Nov 2026 21:06:07 GMT", page, page.etag())).isFalse();
  }

  @Test
  void withoutAnEntityTagTheDateDecidesToTheSecond() {
    assertThat(page.lastModifiedHeader()).isEqualTo("Sat, 21 Nov 2026 21:05:07 GMT");
    assertThat(Conditional.notModified(null, "Sat, 21 Nov 2026 21:05:07 GMT", page, page.etag())).isTrue();
    assertThat(Conditional.notModified(null, "Sat, 21 Nov 2026 21:05:06 GMT", page, page.etag())).isFalse();
    assertThat(Conditional.notModified(null, null, page, page.etag())).isFalse();
  }

  @Test
  void aMalformedDateIsIgnoredNotAnError() {
    assertThat(Conditional.notModified(null, "yesterday", page, page.etag())).isFalse();
    assertThat(Conditional.notModified(null, "Sat, 21 Nov 2026 21:05:07", page, page.etag())).isFalse();
  }

  @Test
  void datesAreWrittenAsImfFixdateWithATwoDigitDay() {
    CachedPage early = CachedPage.of(PageResult.html(200, "<p>hello</p>", Set.of()), Instant.parse("2026-12-02T10:00:00.500Z"));
    assertThat(early.lastModifiedHeader()).isEqualTo("Wed, 02 Dec 2026 10:00:00 GMT");
    assertThat(early.datedAt(Instant.parse("2026-12-01T09:00:00Z")).lastModifiedHeader()).isEqualTo("Tue, 01 Dec 2026 09:00:00 GMT");
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
