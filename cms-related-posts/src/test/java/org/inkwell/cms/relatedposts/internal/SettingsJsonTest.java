package org.inkwell.cms.relatedposts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.util.Set;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsJsonTest {

  private static final RelatedSettings CUSTOM = new RelatedSettings(
      5, 2, Set.of("news", "ads"), Set.of("sponsored"), new Weights(0.5, 1.5, 2.0, 3.25, 0.4), 0.75);

  /** Lets the JSON in these tests be written with single quotes. */
  private static RelatedSettings read(String json, RelatedSettings base) {
    return SettingsJson.read(json.replace('\'', '"'), base);
  }

  @Test
  void settingsWrittenReadBackUnchanged() {
    String json = SettingsJson.write(CUSTOM).toString();

    assertThat(SettingsJson.read(json, RelatedSettings.DEFAULTS)).isEqualTo(CUSTOM);
    assertThat(SettingsJson.read(SettingsJson.write(RelatedSettings.DEFAULTS).toString(), CUSTOM))
        .isEqualTo(RelatedSettings.DEFAULTS);
  }

  @Test
  void writesEveryMemberWithSortedSlugs() {
    JsonObject json = SettingsJson.write(CUSTOM);

    assertThat(json.getInt("count")).isEqualTo(5);
    assertThat(json.getInt("maxPerCategory")).isEqualTo(2);
    assertThat(json.getJsonArray("excludedCategories").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("ads", "news");
    assertThat(json.getJsonArray("excludedTags").getString(0)).isEqualTo("sponsored");
    assertThat(json.getJsonObject("weights").getJsonNumber("text").doubleValue()).isEqualTo(3.25);
    assertThat(json.getJsonNumber("minScore").doubleValue()).isEqualTo(0.75);
  }

  @Test
  void membersLeftOutKeepTheirValue() {
    assertThat(read("{}", CUSTOM)).isEqualTo(CUSTOM);
    assertThat(read("{'count': 7, 'minScore': null}", CUSTOM))
        .isEqualTo(new RelatedSettings(7, 2, CUSTOM.excludedCategories(), CUSTOM.excludedTags(), CUSTOM.weights(), 0.75));
  }

  @Test
  void weightsLeftOutKeepTheirValue() {
    RelatedSettings read = read("{'weights': {'text': 1.0}}", CUSTOM);

    assertThat(read.weights()).isEqualTo(new Weights(0.5, 1.5, 2.0, 1.0, 0.4));
  }

  @Test
  void emptyListsClearExclusions() {
    RelatedSettings read = read("{'excludedCategories': [], 'excludedTags': []}", CUSTOM);

    assertThat(read.excludedCategories()).isEmpty();
    assertThat(read.excludedTags()).isEmpty();
  }

  @Test
  void slugsMayBeSentBackAsTheObjectsAClientRead() {
    RelatedSettings read = read("{'excludedCategories': [{'slug': 'news', 'name': 'News'}]}", CUSTOM);

    assertThat(read.excludedCategories()).containsExactly("news");
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    RelatedSettings read = read(
        "{'count': 10, 'maxPerCategory': 0, 'minScore': 0, 'weights': {'tags': 0, 'text': 100, 'recency': 1}}",
        RelatedSettings.DEFAULTS);

    assertThat(read.count()).isEqualTo(RelatedSettings.MAX_COUNT);
    assertThat(read.weights().text()).isEqualTo(100);
    assertThat(read.weights().recency()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} is refused for {1}")
  @CsvSource(delimiter = '|', textBlock = """
      {'count': 0}                          | count
      {'count': 11}                         | count
      {'count': 2.5}                        | count
      {'count': 'three'}                    | count
      {'maxPerCategory': -1}                | maxPerCategory
      {'maxPerCategory': 11}                | maxPerCategory
      {'minScore': -0.1}                    | minScore
      {'minScore': 'high'}                  | minScore
      {'weights': {'tags': -1}}             | weights.tags
      {'weights': {'text': 101}}            | weights.text
      {'weights': {'recency': 1.5}}         | weights.recency
      {'weights': {'samePrimaryCategory': true}} | weights.samePrimaryCategory
      {'weights': {'colour': 1}}            | weights.colour
      {'weights': 5}                        | weights
      {'colour': 'blue'}                    | colour
      {'excludedCategories': ['Not A Slug']} | excludedCategories
      {'excludedCategories': 'news'}        | excludedCategories
      {'excludedTags': ['ok', 'bad_slug']}  | excludedTags
      {'excludedTags': [1, 2]}              | excludedTags
      """)
  void invalidValuesAreRefusedByName(String json, String field) {
    assertThatThrownBy(() -> read(json, RelatedSettings.DEFAULTS))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
  }

  @Test
  void everyInvalidMemberIsReportedAtOnce() {
    assertThatThrownBy(() -> read("{'count': 0, 'weights': {'tags': -1}, 'colour': 1}", RelatedSettings.DEFAULTS))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("count", "weights.tags", "colour"));
  }

  @Test
  void aBodyThatIsNoObjectIsRefused() {
    assertThatThrownBy(() -> read("[1, 2]", RelatedSettings.DEFAULTS))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
  }
}
