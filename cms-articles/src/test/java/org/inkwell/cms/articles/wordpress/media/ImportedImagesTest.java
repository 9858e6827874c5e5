package org.inkwell.cms.articles.wordpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.Person;
import org.junit.jupiter.api.Test;

class ImportedImagesTest {

  static final String LOCAL = "/media/uploads/2026/05/hill-k3x9a2";

  /** A 1200 × 800 photo with the library's variants. */
  static MediaDetails hill() {
    return new MediaDetails(
        5, "hill-k3x9a2.jpg", "image/jpeg", 1200, 800, 1000, "A hill", null, new Person("ann", "Ann"), Instant.EPOCH,
        LOCAL + ".jpg",
        List.of(
            new MediaVariant(MediaVariant.THUMBNAIL, 150, 150, LOCAL + "-150x150.jpg"),
            new MediaVariant(MediaVariant.MEDIUM, 300, 200, LOCAL + "-300x200.jpg"),
            new MediaVariant(MediaVariant.MEDIUM_LARGE, 768, 512, LOCAL + "-768x512.jpg"),
            new MediaVariant(MediaVariant.LARGE, 1024, 683, LOCAL + "-1024x683.jpg")));
  }

  static ImportedImages withHill() {
    ImportedImages images = ImportedImages.none();
    images.add("9", "https://old.example/wp-content/uploads/2019/05/hill-scaled.jpg", hill());
    return images;
  }

  @Test
  void theAttachmentsOwnAddressesMeanTheOriginal() {
    ImportedImages images = withHill();
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill-scaled.jpg")).contains(LOCAL + ".jpg");
    assertThat(images.localUrl("http://www.old.example/wp-content/uploads/2019/05/hill.jpg")).contains(LOCAL + ".jpg");
    assertThat(images.localUrl("/wp-content/uploads/2019/05/hill.jpg")).contains(LOCAL + ".jpg");
  }

  @Test
  void aWordPressSizeMeansTheSmallestLocalFileAtLeastAsLarge() {
    ImportedImages images = withHill();
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill-300x200.jpg")).contains(LOCAL + "-300x200.jpg");
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill-150x150.jpg")).contains(LOCAL + "-150x150.jpg");
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill-100x100.jpg")).contains(LOCAL + "-150x150.jpg");
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill-640x427.jpg")).contains(LOCAL + "-768x512.jpg");
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill-1536x1024.jpg")).contains(LOCAL + ".jpg");
  }

  @Test
  void otherImagesAndOtherSitesAreNotMatched() {
    ImportedImages images = withHill();
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/valley-300x200.jpg")).isEmpty();
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/06/hill.jpg")).isEmpty();
    assertThat(images.localUrl("https://hotlinked.example/wp-content/uploads/2019/05/hill.jpg")).isEmpty();
    assertThat(images.localUrl("https://old.example/wp-content/uploads/2019/05/hill.png")).isEmpty();
  }

  @Test
  void featuredImagesAreFoundByWordPressId() {
    ImportedImages images = withHill();
    assertThat(images.byWordPressId("9")).contains(hill());
    assertThat(images.byWordPressId("10")).isEmpty();
    assertThat(images.byWordPressId(null)).isEmpty();
    assertThat(ImportedImages.none().isEmpty()).isTrue();
  }
}
