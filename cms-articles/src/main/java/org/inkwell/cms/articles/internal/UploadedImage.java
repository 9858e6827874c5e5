package org.inkwell.cms.articles.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.inkwell.cms.core.InvalidInputException;

/**
 * An uploaded file read as an image: its format (from its content), its size as displayed, and
 * its pixels for resizing. Sizes are checked from the file's header before any pixel is decoded,
 * so that a small file announcing an enormous image cannot exhaust the heap.
 */
final class UploadedImage {

  static final String FIELD = "file";
  static final int MAX_SIDE = 12_000;
  static final long MAX_PIXELS = 50_000_000;
  /**
   * Larger images are decoded at a fraction of their resolution: the largest variant needs far
   * fewer pixels, and the server may run with a small heap (run.sh gives it 320 MB).
   */
  static final long MAX_DECODED_PIXELS = 16_000_000;

  /** EXIF orientations that turn the stored image a quarter turn, swapping width and height. */
  private static final Set<Orientation> QUARTER_TURNS =
      EnumSet.of(Orientation.LEFT_TOP, Orientation.RIGHT_TOP, Orientation.RIGHT_BOTTOM, Orientation.LEFT_BOTTOM);

  private final ImageFormat format;
  private final int width;
  private final int height;
  private final BufferedImage pixels;
  private final Orientation orientation;

  private UploadedImage(ImageFormat format, int width, int height, BufferedImage pixels, Orientation orientation) {
    this.format = format;
    this.width = width;
    this.height = height;
    this.pixels = pixels;
    this.orientation = orientation;
  }

  /**
   * Reads the image in this file.
   *
   * @throws InvalidInputException on field {@value #FIELD} when the file is not a JPEG, PNG, GIF
   *     or WebP image, is too large in pixels, or cannot be decoded
   */
  static UploadedImage read(Path file) {
    ImageFormat format =
        ImageFormat.detect(head(file))
            .orElseThrow(() -> new InvalidInputException(FIELD, "is not an image (JPEG, PNG, GIF or WebP)"));
    ImageReader reader = format.newReader();
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      // Metadata is only needed for a JPEG's EXIF orientation; other formats skip parsing it.
      reader.setInput(in, true, format != ImageFormat.JPEG);
      int storedWidth = reader.getWidth(0);
      int storedHeight = reader.getHeight(0);
      checkSize(storedWidth, storedHeight);
      Orientation orientation = format == ImageFormat.JPEG ? orientation(reader) : null;
      BufferedImage pixels = reader.read(0, subsampled(reader, storedWidth, storedHeight));
      boolean turned = QUARTER_TURNS.contains(orientation);
      return new UploadedImage(
          format, turned ? storedHeight : storedWidth, turned ? storedWidth : storedHeight, pixels, orientation);
    } catch (InvalidInputException tooLarge) {
      throw tooLarge;
    } catch (IOException | RuntimeException unreadable) {
      // Decoders report damaged files with all sorts of exceptions, not only IIOException.
      throw new InvalidInputException(
          FIELD, "could not be read as a " + format.name() + " image; the file may be damaged");
    } finally {
      reader.dispose();
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(ImageFormat.SIGNATURE_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void checkSize(int width, int height) {
    if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
      throw new InvalidInputException(
          FIELD,
          String.format(
              Locale.ROOT,
              "is %,d × %,d pixels; images may have at most %,d pixels a side and %d megapixels",
              width, height, MAX_SIDE, MAX_PIXELS / 1_000_000));
    }
  }

  // A damaged EXIF block must not make a photo unusable: it is then shown as stored.
  private static Orientation orientation(ImageReader reader) {
    try {
      Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
      return orientation == Orientation.TOP_LEFT ? null : orientation;
    } catch (IOException | RuntimeException damagedExif) {
      return null;
    }
  }

  private static ImageReadParam subsampled(ImageReader reader, int width, int height) {
    ImageReadParam param = reader.getDefaultReadParam();
    int step = subsamplingStep(width, height);
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    return param;
  }

  /** Every how many pixels, across and down, one is decoded to stay within {@link #MAX_DECODED_PIXELS}. */
  static int subsamplingStep(int width, int height) {
    return (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS));
  }

  ImageFormat format() {
    return format;
  }

  /** Width as displayed, at full resolution. */
  int width() {
    return width;
  }

  /** Height as displayed, at full resolution. */
  int height() {
    return height;
  }

  /** The decoded pixels as stored in the file (before orientation), perhaps subsampled. */
  BufferedImage pixels() {
    return pixels;
  }

  /** Turns stored pixels the way the photo is displayed; {@code null} when they already are. */
  ImageFilter orientation() {
    return orientation == null ? null : ExifFilterUtils.getFilterForOrientation(orientation);
  }

  boolean isTransparent() {
    return pixels.getColorModel().hasAlpha();
  }
}
