package org.inkwell.cms.web.site;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the images of a stored body what readers' browsers need: their width and height, so the
 * page does not shift as they load, and for the media library's images the other widths of the
 * same picture ({@code srcset}), so a phone does not load the original. Feeds get one file, the
 * large copy. The stored body is not changed: this is how it is shown.
 */
final class ResponsiveImages {

  /** The article column is 44rem wide and fills the screen, less its margins, on a phone. */
  static final String SIZES = "(max-width: 46rem) calc(100vw - 2rem), 44rem";

  /** The widest file a feed carries: WordPress's "large" size. */
  private static final int FEED_WIDTH = 1024;

  // What the articles' sanitiser writes: attribute values are quoted and carry no raw '<' or '"'.
  private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
  private static final Pattern SRC = Pattern.compile("\\ssrc=\"([^\"]*)\"");

  private ResponsiveImages() {}

  static String inBody(String sanitizedBody, Function<String, Optional<ShownImage>> images) {
    return eachImage(sanitizedBody, images, (tag, src, image) -> {
      StringBuilder extra = new StringBuilder();
      if (!tag.contains(" width=") && !tag.contains(" height=")) {
        extra.append(" width=\"").append(image.size().width()).append("\" height=\"").append(image.size().height()).append('"');
      }
      String srcset = image.srcset();
      if (!srcset.isEmpty() && !tag.contains(" srcset=")) {
        extra.append(" srcset=\"").append(srcset).append("\" sizes=\"").append(SIZES).append('"');
      }
      return insert(tag, extra.toString());
    });
  }

  static String forFeed(String sanitizedBody, Function<String, Optional<ShownImage>> images) {
    return eachImage(sanitizedBody, images, (tag, src, image) -> {
      ShownImage.Candidate file = image.candidates().isEmpty() ? null : image.atMost(FEED_WIDTH);
      if (file == null || file.url().equals(src)) {
        return tag;
      }
      String swapped = tag.replace(" src=\"" + src + "\"", " src=\"" + file.url() + "\"")
          .replaceAll("\\s(width|height)=\"[^\"]*\"", "");
      return insert(swapped, " width=\"" + file.width() + "\" height=\"" + file.height() + "\"");
    });
  }

  private interface Change {
    String apply(String tag, String src, ShownImage image);
  }

  private static String eachImage(String body, Function<String, Optional<ShownImage>> images, Change change) {
    Matcher tags = IMG.matcher(body);
    StringBuilder out = new StringBuilder(body.length() + 256);
    while (tags.find()) {
      String tag = tags.group();
      Matcher src = SRC.matcher(tag);
      String changed = tag;
      if (src.find()) {
        String url = src.group(1);
        changed = images.apply(url).map(image -> change.apply(tag, url, image)).orElse(tag);
      }
      tags.appendReplacement(out, Matcher.quoteReplacement(changed));
    }
    tags.appendTail(out);
    return out.toString();
  }

  private static String insert(String tag, String attributes) {
    int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
    String before = tag.substring(0, end).stripTrailing();
    return before + attributes + (tag.endsWith("/>") ? " />" : ">");
  }
}
