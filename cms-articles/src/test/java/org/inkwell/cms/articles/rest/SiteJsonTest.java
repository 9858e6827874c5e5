package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class SiteJsonTest {

  private static final MediaDetails BANNER = new MediaDetails(4, "b.png", "image/png", 1200, 630, 100, null, null,
      new Person("eve", "Eve"), Instant.EPOCH, "/media/uploads/2026/05/b.png", List.of());
  private static final SiteSettings SETTINGS = new SiteSettings("Fitness Hubz", "Move more", null,
      ZoneId.of("Europe/Paris"), 12, BANNER, null, true);

  @Test
  void aPutSetsWhatItSendsAndLeavesTheRestToTheirDefaults() {
    assertThat(SiteJson.read("{\"name\":\"New\",\"perPage\":5}", SiteJson.NOTHING))
        .isEqualTo(new SiteSettingsInput("New", null, null, null, 5, null, null, false));
  }

  @Test
  void aPatchKeepsWhatItLeavesOutAndNullClears() {
    SiteSettingsInput patched = SiteJson.read("{\"tagline\":null,\"iconId\":9,\"discourageSearchEngines\":false}",
        SiteSettingsInput.of(SETTINGS));

    assertThat(patched).isEqualTo(new SiteSettingsInput("Fitness Hubz", null, null, "Europe/Paris", 12, 4L, 9L, false));
  }

  @Test
  void whatGetReturnsMayBeSentBack() {
    JsonObject written = SiteJson.write(SETTINGS, path -> "https://example.org" + path);

    assertThat(written.getJsonObject("socialImage").getString("url")).isEqualTo("https://example.org/media/uploads/2026/05/b.png");
    assertThat(SiteJson.read(written.toString(), SiteJson.NOTHING)).isEqualTo(SiteSettingsInput.of(SETTINGS));
  }

  @Test
  void wrongTypesAndUnknownMembersAreNamed() {
    assertThatThrownBy(() -> SiteJson.read("{\"perPage\":\"ten\",\"socialImageId\":-1,\"discourageSearchEngines\":1,\"theme\":\"x\"}",
        SiteJson.NOTHING))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("perPage", "socialImageId", "discourageSearchEngines", "theme"));
  }
}
