package org.inkwell.cms.articles.internal;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The image types the media library accepts, recognised by their first bytes ("magic numbers"),
 * never by a file name or a client's content type.
 */
enum ImageFormat {
  JPEG("image/jpeg", "jpg", "jpg"),
  PNG("image/png", "png", "png"),
  GIF("image/gif", "gif", "gif"),
  /** No writer for WebP exists in the JDK or a library we trust: its variants are JPEG or PNG. */
  WEBP("image/webp", "webp", null);

  /** The longest signature needed to tell the formats apart. */
  static final int SIGNATURE_BYTES = 12;

  private final String mediaType;
  private final String extension;
  private final String variantFormat;

  ImageFormat(String mediaType, String extension, String variantFormat) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.variantFormat = variantFormat;
  }

  String mediaType() {
    return mediaType;
  }

  String extension() {
    return extension;
  }

  /** The format a resized copy is written in: the original's, else PNG to keep transparency. */
  String variantFormat(boolean transparent) {
    if (variantFormat != null) {
      return variantFormat;
    }
    return transparent ? "png" : "jpg";
  }

  /** The format these first bytes of a file announce. */
  static Optional<ImageFormat> detect(byte[] head) {
    if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a")) {
      return Optional.of(GIF);
    }
    if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  static Optional<ImageFormat> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }

  /**
   * A new reader for this format. WebP's is made directly rather than found in ImageIO's
   * JVM-wide registry, which may have been filled before this application's classes were there.
   */
  ImageReader newReader() {
    if (this == WEBP) {
      return new WebPImageReaderSpi().createReaderInstance(null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(extension);
    if (!readers.hasNext()) {
      throw new IllegalStateException("The JDK has no " + name() + " reader");
    }
    return readers.next();
  }

  private static boolean startsWith(byte[] head, int offset, String ascii) {
    return startsWith(head, offset, ascii.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] head, int offset, int... signature) {
    byte[] bytes = new byte[signature.length];
    for (int i = 0; i < signature.length; i++) {
      bytes[i] = (byte) signature[i];
    }
    return startsWith(head, offset, bytes);
  }

  private static boolean startsWith(byte[] head, int offset, byte[] signature) {
    if (head.length < offset + signature.length) {
      return false;
    }
    return Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
  }
}
