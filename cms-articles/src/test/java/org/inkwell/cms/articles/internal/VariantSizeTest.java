package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantSizeTest {

  /** The variants of an image as "name=WxH" in order, like {@code thumbnail=150x150 medium=300x200}. */
  private static String variantsOf(int width, int height) {
    Map<String, String> sizes = new LinkedHashMap<>();
    for (VariantSize size : VariantSize.values()) {
      size.of(width, height).ifPresent(d -> sizes.put(size.variantName(), d.width() + "x" + d.height()));
    }
    return sizes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElse("none");
  }

  @ParameterizedTest(name = "{0} × {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3000 | 2000 | thumbnail=150x150 medium=300x200 medium_large=768x512 large=1024x683",
        "2000 | 3000 | thumbnail=150x150 medium=200x300 medium_large=768x1152 large=683x1024",
        "1000 | 1000 | thumbnail=150x150 medium=300x300 medium_large=768x768",
        "800  | 2000 | thumbnail=150x150 medium=120x300 medium_large=768x1920 large=410x1024",
        "1536 | 2048 | thumbnail=150x150 medium=225x300 medium_large=768x1024 large=768x1024",
        "400  | 100  | thumbnail=150x100 medium=300x75",
        "300  | 300  | thumbnail=150x150",
        "151  | 20   | thumbnail=150x20",
        "150  | 150  | none",
        "1    | 1    | none"
      })
  void makesWordPressSizesOnlySmallerThanTheOriginal(int width, int height, String expected) {
    assertThat(variantsOf(width, height)).isEqualTo(expected);
  }
}
