package org.inkwell.cms.articles.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in code for the media tests: plain colour bands, so that crops can be checked. */
final class TestImages {

  /** A 1 × 1 lossy WebP (VP8), as browsers' feature checks use. */
  static final byte[] WEBP_LOSSY =
      Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
  /** A 1 × 1 lossless WebP (VP8L). */
  static final byte[] WEBP_LOSSLESS =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private TestImages() {}

  /** An opaque image in three vertical bands: green, red, blue from left to right. */
  static BufferedImage bands(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    Color[] colours = {Color.GREEN, Color.RED, Color.BLUE};
    for (int i = 0; i < 3; i++) {
      g.setColor(colours[i]);
      g.fillRect(i * width / 3, 0, width - i * width / 3, height);
    }
    g.dispose();
    return image;
  }

  static byte[] png(int width, int height) {
    return encode(bands(width, height), "png");
  }

  static byte[] jpeg(int width, int height) {
    return encode(bands(width, height), "jpg");
  }

  static byte[] gif(int width, int height) {
    return encode(bands(width, height), "gif");
  }

  /** A PNG with an alpha channel: the left half transparent. */
  static byte[] transparentPng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return encode(image, "png");
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A tiny real PNG whose header claims another size: the shape of a "decompression bomb", which
   * must be refused from the header alone.
   */
  static byte[] pngClaiming(int width, int height) {
    byte[] png = png(1, 1);
    // Signature (8), IHDR length (4) and type (4), then width and height; the CRC follows the 13 data bytes.
    ByteBuffer buffer = ByteBuffer.wrap(png);
    buffer.putInt(16, width).putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 4 + 13);
    buffer.putInt(12 + 4 + 13, (int) crc.getValue());
    return png;
  }

  /**
   * A JPEG with an EXIF orientation, as cameras write when held sideways (6: the stored picture is
   * shown turned a quarter clockwise).
   */
  static byte[] jpegWithOrientation(BufferedImage stored, int orientation) {
    byte[] jpeg = encode(stored, "jpg");
    byte[] tiff = {
      'I', 'I', 42, 0, 8, 0, 0, 0, // little-endian TIFF header, first IFD at offset 8
      1, 0, // one entry
      0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, // Orientation, SHORT, count 1
      0, 0, 0, 0 // no next IFD
    };
    byte[] exif = new byte[6 + tiff.length];
    System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
    System.arraycopy(tiff, 0, exif, 6, tiff.length);
    int segmentLength = exif.length + 2;
    // After SOI and the JFIF APP0 segment, which must come first.
    int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, afterApp0);
    out.write(0xFF);
    out.write(0xE1); // APP1
    out.write(segmentLength >> 8);
    out.write(segmentLength & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(jpeg, afterApp0, jpeg.length - afterApp0);
    return out.toByteArray();
  }
}
