package org.inkwell.cms.articles.wordpress.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkwell.cms.articles.wordpress.media.ImportedImagesTest.LOCAL;

import org.junit.jupiter.api.Test;

class BodyMediaLinksTest {

  private static final String OLD = "https://old.example/wp-content/uploads/2019/05/";

  @Test
  void srcHrefAndSrcsetOfImportedImagesPointAtTheLocalCopies() {
    String body = "<figure><a href=\"" + OLD + "hill-scaled.jpg\"><img src='" + OLD + "hill-300x200.jpg' alt=\"A hill\""
        + " srcset=\"" + OLD + "hill-300x200.jpg 300w, " + OLD + "hill-1024x683.jpg 1024w,"
        + " https://cdn.example/other.jpg 2x\"></a></figure>";
    assertThat(BodyMediaLinks.rewrite(body, ImportedImagesTest.withHill()))
        .isEqualTo("<figure><a href=\"" + LOCAL + ".jpg\"><img src='" + LOCAL + "-300x200.jpg' alt=\"A hill\""
            + " srcset=\"" + LOCAL + "-300x200.jpg 300w, " + LOCAL + "-1024x683.jpg 1024w,"
            + " https://cdn.example/other.jpg 2x\"></a></figure>");
  }

  @Test
  void addressesInTextAndOfOtherFilesStayAsTheyWere() {
    String body = "<p>See " + OLD + "hill.jpg <a href=\"https://old.example/2019/05/hello/\">here</a>"
        + " <img src=\"" + OLD + "valley.jpg\"></p>";
    assertThat(BodyMediaLinks.rewrite(body, ImportedImagesTest.withHill())).isEqualTo(body);
  }

  @Test
  void nothingImportedLeavesTheBodyAlone() {
    String body = "<img src=\"" + OLD + "hill.jpg\">";
    assertThat(BodyMediaLinks.rewrite(body, ImportedImages.none())).isSameAs(body);
  }
}
