package org.inkwell.cms.relatedposts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;
import org.junit.jupiter.api.Test;

class SettingsFormTest {

  private static final RelatedSettings SETTINGS = new RelatedSettings(
      4, 2, Set.of("news", "deals"), Set.of("sponsored"), new Weights(0.5, 0.25, 1.5, 3, 0.2), 0.3);

  @Test
  void theFormShowsTheSettingsAndGivesThemBackUnchanged() {
    SettingsForm form = SettingsForm.of(SETTINGS);

    assertThat(form.getCount()).isEqualTo(4);
    assertThat(form.getText()).isEqualTo(3.0);
    assertThat(form.getExcludedCategories()).as("sorted for display").containsExactly("deals", "news");
    assertThat(form.toSettings()).isEqualTo(SETTINGS);
  }

  @Test
  void editedInputsBecomeTheNewSettings() {
    SettingsForm form = SettingsForm.of(RelatedSettings.DEFAULTS);
    form.setCount(6);
    form.setMaxPerCategory(1);
    form.setRecency(0.5);
    form.setMinScore(1.0);
    form.setExcludedTags(List.of("sponsored", "ads"));
    form.setExcludedCategories(null);

    RelatedSettings changed = form.toSettings();

    assertThat(changed.count()).isEqualTo(6);
    assertThat(changed.maxPerCategory()).isEqualTo(1);
    assertThat(changed.weights().recency()).isEqualTo(0.5);
    assertThat(changed.weights().text()).isEqualTo(Weights.DEFAULTS.text());
    assertThat(changed.minScore()).isEqualTo(1.0);
    assertThat(changed.excludedTags()).containsExactlyInAnyOrder("sponsored", "ads");
    assertThat(changed.excludedCategories()).isEmpty();
  }
}
