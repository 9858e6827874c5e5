package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.inkwell.cms.articles.ImageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SvgSizeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      width="800" height="450" viewBox="0 0 800 450"  | 800 | 450
      width="800px" height="450px"                    | 800 | 450
      viewBox="0 0 1200 630"                          | 1200 | 630
      viewBox="-10,-10, 640.4,360.6"                  | 640 | 361
      width="100%" height="100%" viewBox="0 0 16 9"   | 16 | 9
      width="20em" height="10em" viewBox="0 0 200 100" | 200 | 100
      """)
  void readsTheRootsPixelSizeElseItsViewBox(String attributes, int width, int height) {
    String svg = "<?xml version=\"1.0\"?>\n<!-- a drawing -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes
        + "><rect width=\"1\" height=\"1\"/></svg>";
    assertThat(read(svg)).contains(new ImageSize(width, height));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"/>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 wide tall\"/>",
      "<svg width=\"800\" height=\"450\"/>", // not in the SVG namespace
      "<html xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"450\"/>",
      "<!DOCTYPE svg [<!ENTITY w SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"&w;\"/>",
      "not xml at all",
      ""})
  void anythingElseHasNoKnownSize(String svg) {
    assertThat(read(svg)).isEmpty();
  }

  private static Optional<ImageSize> read(String svg) {
    return SvgSize.read(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
