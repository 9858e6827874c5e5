package org.inkwell.cms.articles.internal;

import java.util.Optional;
import org.inkwell.cms.articles.MediaVariant;

/** WordPress's default image sizes, in the order it makes them. */
enum VariantSize {
  THUMBNAIL(MediaVariant.THUMBNAIL, 150, 150, true),
  MEDIUM(MediaVariant.MEDIUM, 300, 300, false),
  MEDIUM_LARGE(MediaVariant.MEDIUM_LARGE, 768, Integer.MAX_VALUE, false),
  LARGE(MediaVariant.LARGE, 1024, 1024, false);

  /** Width and height of a variant in pixels. */
  record Dimensions(int width, int height) {}

  private final String variantName;
  private final int maxWidth;
  private final int maxHeight;
  private final boolean cropped;

  VariantSize(String variantName, int maxWidth, int maxHeight, boolean cropped) {
    this.variantName = variantName;
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
    this.cropped = cropped;
  }

  String variantName() {
    return variantName;
  }

  /** Whether the variant is cut to its box from the centre, rather than scaled to fit in it. */
  boolean isCropped() {
    return cropped;
  }

  /**
   * The size of this variant of an image, or nothing when the image is not larger than the box
   * (images are never enlarged). A cropped variant keeps a side that is already short enough,
   * like WordPress: a 400 × 100 image has a 150 × 100 thumbnail.
   */
  Optional<Dimensions> of(int width, int height) {
    if (width <= maxWidth && height <= maxHeight) {
      return Optional.empty();
    }
    if (cropped) {
      return Optional.of(new Dimensions(Math.min(width, maxWidth), Math.min(height, maxHeight)));
    }
    double scale = Math.min((double) maxWidth / width, (double) maxHeight / height);
    return Optional.of(
        new Dimensions(
            (int) Math.max(1, Math.round(width * scale)), (int) Math.max(1, Math.round(height * scale))));
  }
}
