package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCurationTest {

  @Test
  void theDemoSitePinsTheSeedPagesRecommendedPostOnTheSeedArticle() {
    assertThat(DemoCuration.shipped().pinnedBySlug())
        .containsEntry("how-to-pop-lower-back", List.of("can-you-build-muscle-in-a-calorie-deficit"));
  }

  @Test
  void slugsBecomeIdsAndWhatIsNotPublishedIsLeftOut() {
    DemoCuration demo = DemoCuration.read(new ByteArrayInputStream(
        "{\"pinned\":{\"seed\":[\"gone\",\"pick\",\"seed\",\"pick\"],\"unpublished\":[\"pick\"],\"lonely\":[\"gone\"]}}"
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(demo.names("seed")).isTrue();
    assertThat(demo.names("pick")).isTrue();
    assertThat(demo.names("other")).isFalse();
    assertThat(demo.resolve(Map.of("seed", 1L, "pick", 2L, "lonely", 3L)))
        .as("no self-pin, no repeats, no article without pins")
        .isEqualTo(Map.of(1L, new Curation(List.of(2L), List.of())));
  }
}
