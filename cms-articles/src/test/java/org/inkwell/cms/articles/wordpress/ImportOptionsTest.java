package org.inkwell.cms.articles.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {

  @Test
  void anAuthorIsFoundByTheirLoginInAnyCase() {
    ImportOptions options = new ImportOptions(false, Map.of("Captain.Jo", 7L));

    assertThat(options.userFor("captain.jo")).contains(7L);
    assertThat(options.userFor(" CAPTAIN.JO ")).contains(7L);
    assertThat(options.userFor("deckhand")).isEmpty();
    assertThat(options.downloadMedia()).isFalse();
  }

  @Test
  void authorsLeftAsInTheFileAreNotMapped() {
    Map<String, Long> chosen = new HashMap<>();
    chosen.put("jo", null);
    chosen.put(" ", 3L);
    chosen.put("sam", 4L);

    ImportOptions options = new ImportOptions(true, chosen);

    assertThat(options.authors()).containsExactly(Map.entry("sam", 4L));
    assertThat(options.userFor("jo")).isEmpty();
    assertThat(ImportOptions.asInTheFile(true).authors()).isEmpty();
    assertThat(new ImportOptions(true, null).authors()).isEmpty();
  }
}
