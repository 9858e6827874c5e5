package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.inkwell.cms.articles.ImageSize;
import org.junit.jupiter.api.Test;

class ResponsiveImagesTest {

  private static final String ORIGINAL = "/media/uploads/2026/05/run-k3x9a2.jpg";
  private static final String MEDIUM = "/media/uploads/2026/05/run-k3x9a2-300x200.jpg";
  private static final String LARGE = "/media/uploads/2026/05/run-k3x9a2-1024x683.jpg";
  private static final List<ShownImage.Candidate> FILES = List.of(
      new ShownImage.Candidate(MEDIUM, 300, 200), new ShownImage.Candidate(LARGE, 1024, 683),
      new ShownImage.Candidate(ORIGINAL, 1500, 1000));

  private static final Map<String, ShownImage> KNOWN = Map.of(
      ORIGINAL, new ShownImage(new ImageSize(1500, 1000), FILES),
      MEDIUM, new ShownImage(new ImageSize(300, 200), FILES));

  private final Function<String, Optional<ShownImage>> library = url -> Optional.ofNullable(KNOWN.get(url));

  @Test
  void aLibraryImageGetsItsSizeAndItsOtherWidths() {
    String body = "<p><img src=\"" + ORIGINAL + "\" alt=\"Run\" /></p>";

    assertThat(ResponsiveImages.inBody(body, library)).isEqualTo("<p><img src=\"" + ORIGINAL + "\" alt=\"Run\""
        + " width=\"1500\" height=\"1000\" srcset=\"" + MEDIUM + " 300w, " + LARGE + " 1024w, " + ORIGINAL + " 1500w\""
        + " sizes=\"" + ResponsiveImages.SIZES + "\" /></p>");
  }

  @Test
  void anEditorsOwnSizeIsKeptAndImagesElsewhereAreLeftAlone() {
    String sized = "<img src=\"" + MEDIUM + "\" width=\"150\" height=\"100\" />";
    String elsewhere = "<img src=\"https://example.com/a.jpg\" alt=\"\" />";

    assertThat(ResponsiveImages.inBody(sized + elsewhere, library))
        .startsWith("<img src=\"" + MEDIUM + "\" width=\"150\" height=\"100\" srcset=\"")
        .endsWith(elsewhere);
  }

  @Test
  void aFeedCarriesTheLargeCopy() {
    String body = "<p><img src=\"" + ORIGINAL + "\" alt=\"Run\" width=\"1500\" height=\"1000\" /></p>";

    assertThat(ResponsiveImages.forFeed(body, library))
        .isEqualTo("<p><img src=\"" + LARGE + "\" alt=\"Run\" width=\"1024\" height=\"683\" /></p>");
  }
}
