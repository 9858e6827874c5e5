package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.MediaService;
import org.junit.jupiter.api.Test;

class ImageSizesTest {

  private static final String UPLOAD = "/media/uploads/2026/05/run-abc123-300x200.jpg";
  private static final String ORIGINAL = "/media/uploads/2026/05/run-abc123.jpg";
  private static final String THUMBNAIL = "/media/uploads/2026/05/run-abc123-150x150.jpg";
  private static final String LARGE = "/media/uploads/2026/05/run-abc123-1024x683.jpg";
  private static final Map<String, String> WAR = Map.of(
      "/media/demo/pop-lower-back.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"450\"/>",
      "/WEB-INF/secret.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");

  private final List<String> asked = new ArrayList<>();
  private final ImageSizes sizes = new ImageSizes();

  ImageSizesTest() {
    sizes.media = proxy(MediaService.class, (method, args) -> {
      if (!method.equals("imageAt")) {
        throw new UnsupportedOperationException(method);
      }
      asked.add((String) args[0]);
      return args[0].equals(UPLOAD) || args[0].equals(THUMBNAIL) ? Optional.of(uploaded()) : Optional.empty();
    });
    sizes.context = proxy(ServletContext.class, (method, args) -> {
      if (!method.equals("getResourceAsStream")) {
        throw new UnsupportedOperationException(method);
      }
      String svg = WAR.get((String) args[0]);
      return svg == null ? null : new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8));
    });
  }

  @Test
  void uploadsHaveTheirStoredSizeAndAreLookedUpOnce() {
    assertThat(sizes.of(UPLOAD)).contains(new ImageSize(300, 200));
    assertThat(sizes.of(UPLOAD)).contains(new ImageSize(300, 200));
    assertThat(asked).containsExactly(UPLOAD);
    assertThat(sizes.of("/media/uploads/2026/05/gone-abc123.jpg")).isEmpty();
  }

  @Test
  void anUploadOffersItsScaledCopiesButNotItsCroppedThumbnail() {
    assertThat(sizes.shown(UPLOAD).orElseThrow().srcset())
        .isEqualTo(UPLOAD + " 300w, " + LARGE + " 1024w, " + ORIGINAL + " 1200w");
    assertThat(sizes.shown(THUMBNAIL).orElseThrow().srcset()).isEmpty();
  }

  /** A 1200 × 800 upload whose medium copy is {@link #UPLOAD}. */
  private static MediaDetails uploaded() {
    return new MediaDetails(1, "run-abc123.jpg", "image/jpeg", 1200, 800, 1000, "", "", null, null, ORIGINAL, List.of(
        new MediaVariant(MediaVariant.THUMBNAIL, 150, 150, THUMBNAIL),
        new MediaVariant(MediaVariant.MEDIUM, 300, 200, UPLOAD),
        new MediaVariant(MediaVariant.LARGE, 1024, 683, LARGE)));
  }

  @Test
  void theWarsOwnSvgsHaveTheSizeTheirRootGives() {
    assertThat(sizes.of("/media/demo/pop-lower-back.svg")).contains(new ImageSize(800, 450));
    assertThat(sizes.of("/media/demo/missing.svg")).isEmpty();
  }

  @Test
  void otherImagesHaveNoKnownSize() {
    for (String url : new String[] {
        "https://example.com/media/demo/pop-lower-back.svg", "/media/demo/../../WEB-INF/secret.svg", "/WEB-INF/secret.svg",
        "/media/demo/pop-lower-back.svg?v=2", "//example.com/media/demo/pop-lower-back.svg", null}) {
      assertThat(sizes.of(url)).as(url).isEmpty();
    }
    assertThat(asked).isEmpty();
  }

  private interface Handler {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(
        type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> handler.answer(method.getName(), args)));
  }
}
