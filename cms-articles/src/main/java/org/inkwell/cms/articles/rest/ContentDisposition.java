package org.inkwell.cms.articles.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Reads the file name of an upload from its {@code Content-Disposition} header (RFC 6266). */
final class ContentDisposition {

  private ContentDisposition() {}

  /**
   * The {@code filename*} parameter (RFC 8187, e.g. {@code UTF-8''na%C3%AFve.jpg}) when there is a
   * readable one, else {@code filename}; {@code null} when the header names no file.
   */
  static String fileName(String header) {
    if (header == null) {
      return null;
    }
    Map<String, String> parameters = parameters(header);
    String extended = parameters.get("filename*");
    String decoded = extended == null ? null : decodeExtended(extended);
    return decoded != null ? decoded : parameters.get("filename");
  }

  private static Map<String, String> parameters(String header) {
    Map<String, String> parameters = new HashMap<>();
    int at = header.indexOf(';');
    while (at >= 0) {
      int equals = header.indexOf('=', at + 1);
      if (equals < 0) {
        break;
      }
      String name = header.substring(at + 1, equals).strip().toLowerCase(Locale.ROOT);
      int start = equals + 1;
      while (start < header.length() && header.charAt(start) == ' ') {
        start++;
      }
      StringBuilder value = new StringBuilder();
      int end;
      if (start < header.length() && header.charAt(start) == '"') {
        end = start + 1;
        for (; end < header.length() && header.charAt(end) != '"'; end++) {
          if (header.charAt(end) == '\\' && end + 1 < header.length()) {
            end++; // a quoted-pair stands for the character after the backslash
          }
          value.append(header.charAt(end));
        }
        at = header.indexOf(';', end);
      } else {
        end = header.indexOf(';', start);
        value.append(header, start, end < 0 ? header.length() : end);
        at = end;
      }
      parameters.putIfAbsent(name, value.toString().strip());
    }
    return parameters;
  }

  /** {@code charset'language'percent-encoded}; {@code null} when malformed. */
  private static String decodeExtended(String value) {
    String[] parts = value.split("'", 3);
    if (parts.length != 3) {
      return null;
    }
    try {
      Charset charset = Charset.forName(parts[0]);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      String encoded = parts[2];
      for (int i = 0; i < encoded.length(); i++) {
        char c = encoded.charAt(i);
        if (c == '%' && i + 2 < encoded.length()) {
          bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
          i += 2;
        } else if (c == '%' || c > 127) {
          return null;
        } else {
          bytes.write(c);
        }
      }
      return bytes.toString(charset);
    } catch (IllegalArgumentException unknownCharsetOrBadHex) {
      return null;
    }
  }
}
