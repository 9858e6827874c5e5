package org.inkwell.cms.articles.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.inkwell.cms.articles.internal.VariantSize.Dimensions;

/** Makes an upload's resized variants, named like WordPress's: {@code name-300x200.jpg}. */
final class VariantRenderer {

  /** WordPress's JPEG quality for resized images. */
  static final double JPEG_QUALITY = 0.82;

  private VariantRenderer() {}

  /** The variants smaller than the image, in {@link VariantSize} order. */
  static List<RenderedVariant> render(UploadedImage image, String baseName) {
    String format = image.format().variantFormat(image.isTransparent());
    List<RenderedVariant> variants = new ArrayList<>();
    Map<String, byte[]> encoded = new HashMap<>();
    for (VariantSize size : VariantSize.values()) {
      size.of(image.width(), image.height()).ifPresent(d -> {
        // Only scaled sizes can coincide (the cropped thumbnail is at most 150 px a side, the
        // others at least 300 px on their longer side), so a shared name means the same picture.
        String fileName = baseName + "-" + d.width() + "x" + d.height() + "." + format;
        byte[] bytes = encoded.computeIfAbsent(fileName, name -> encode(image, size, d, format));
        variants.add(new RenderedVariant(size.variantName(), d.width(), d.height(), fileName, bytes));
      });
    }
    return variants;
  }

  private static byte[] encode(UploadedImage image, VariantSize size, Dimensions d, String format) {
    Thumbnails.Builder<?> builder = Thumbnails.of(image.pixels());
    builder = size.isCropped() ? builder.size(d.width(), d.height()).crop(Positions.CENTER) : builder.forceSize(d.width(), d.height());
    if (image.orientation() != null) {
      // Resizes the stored pixels first, then turns the small result; the orientation filter
      // tells Thumbnailator that the size asked for is the turned one.
      builder.addFilter(image.orientation());
    }
    builder.outputFormat(format);
    if (format.equals("jpg")) {
      builder.outputQuality(JPEG_QUALITY);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      builder.toOutputStream(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode the " + size.variantName() + " variant", e);
    }
    return out.toByteArray();
  }
}
