package org.inkwell.cms.articles.wordpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentUrlTest {

  @Test
  void aSizedNameIsKnownByTheImagesOwnName() {
    AttachmentUrl sized = AttachmentUrl.parse("https://www.Old.example/wp-content/uploads/2019/05/Hill-300x200.JPG?w=300").orElseThrow();
    assertThat(sized.host()).isEqualTo("old.example");
    assertThat(sized.key()).isEqualTo("/wp-content/uploads/2019/05/hill-300x200.jpg");
    assertThat(sized.sizedKey()).isEqualTo("/wp-content/uploads/2019/05/hill.jpg");
    assertThat(sized.width()).isEqualTo(300);
    assertThat(sized.height()).isEqualTo(200);
  }

  @Test
  void aScaledImageIsTheSameImageAsItsOriginal() {
    AttachmentUrl scaled = AttachmentUrl.parse("http://old.example/wp-content/uploads/big-scaled.jpg").orElseThrow();
    AttachmentUrl original = AttachmentUrl.parse("//old.example/wp-content/uploads/big.jpg").orElseThrow();
    assertThat(scaled.key()).isEqualTo(original.key()).isEqualTo("/wp-content/uploads/big.jpg");
    assertThat(scaled.sizedKey()).isNull();
    assertThat(AttachmentUrl.parse("/wp-content/uploads/big-1024x768.jpg").orElseThrow().sizedKey())
        .isEqualTo(original.key());
  }

  @Test
  void aRootRelativeAddressHasNoHostAndMatchesAnySite() {
    AttachmentUrl relative = AttachmentUrl.parse("/wp-content/uploads/hill.jpg").orElseThrow();
    assertThat(relative.host()).isNull();
    assertThat(relative.sameSiteAs("old.example")).isTrue();
    assertThat(AttachmentUrl.parse("https://elsewhere.example/hill.jpg").orElseThrow().sameSiteAs("old.example")).isFalse();
  }

  @Test
  void jetpacksImageCdnIsReadAsTheSitesOwnAddress() {
    AttachmentUrl cdn = AttachmentUrl.parse("https://i2.wp.com/www.old.example/wp-content/uploads/hill-300x200.jpg?resize=300%2C200").orElseThrow();
    assertThat(cdn.host()).isEqualTo("old.example");
    assertThat(cdn.sizedKey()).isEqualTo("/wp-content/uploads/hill.jpg");
    assertThat(AttachmentUrl.parse("https://i0.wp.com/hill.jpg").orElseThrow().host()).isEqualTo("i0.wp.com");
  }

  @Test
  void otherAddressesAreNotFiles() {
    assertThat(AttachmentUrl.parse("mailto:ann@old.example")).isEmpty();
    assertThat(AttachmentUrl.parse("file:///etc/passwd.txt")).isEmpty();
    assertThat(AttachmentUrl.parse("hill.jpg")).isEmpty();
    assertThat(AttachmentUrl.parse("https://old.example/2019/05/hello/")).isEmpty();
    assertThat(AttachmentUrl.parse(null)).isEmpty();
  }

  @Test
  void theFileNameIsTheLastPartDecoded() {
    assertThat(AttachmentUrl.fileName("https://old.example/wp-content/uploads/caf%C3%A9-scaled.jpg?x=1")).isEqualTo("café-scaled.jpg");
  }
}
