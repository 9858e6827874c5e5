package org.inkwell.cms.articles.wordpress.media;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address of an uploaded WordPress file, as an attachment or a body names it: its host (none
 * for a root-relative address) and the keys it is known by. WordPress serves an upload at its own
 * name and at a name per size it made ({@code photo-300x200.jpg}), and keeps a large upload's
 * original beside a smaller {@code photo-scaled.jpg}: all of them are one image. Jetpack's image
 * CDN's addresses ({@code https://i0.wp.com/old.example/wp-content/uploads/photo.jpg?w=300}) are
 * read as the site's own.
 *
 * @param host lower case without {@code www.}, or {@code null} for a root-relative address
 * @param key folder, name and extension in lower case, {@code -scaled} dropped: the file itself
 * @param sizedKey the same without a {@code -{width}x{height}} suffix, or {@code null} when the
 *     name has none
 * @param width the suffix's width, 0 without one
 * @param height the suffix's height, 0 without one
 */
public record AttachmentUrl(String host, String key, String sizedKey, int width, int height) {

  private static final Pattern NAME = Pattern.compile("(.+)\\.([a-z0-9]{2,5})");
  private static final Pattern SIZE = Pattern.compile("(.+)-([0-9]{1,5})x([0-9]{1,5})");
  private static final String SCALED = "-scaled";
  private static final Pattern PHOTON = Pattern.compile("i[0-3]\\.wp\\.com");

  /** The address read, or empty when it is not an http(s) or root-relative address of a file. */
  public static Optional<AttachmentUrl> parse(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String url = address.strip();
    int end = indexOfAny(url, '?', '#');
    url = end < 0 ? url : url.substring(0, end);
    if (url.startsWith("//")) {
      url = "https:" + url;
    }
    String host = null;
    String path;
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        URI uri = new URI(url);
        if (uri.getHost() == null || uri.getRawPath() == null) {
          return Optional.empty();
        }
        host = uri.getHost().toLowerCase(Locale.ROOT);
        path = uri.getRawPath();
        int site = path.indexOf('/', 1);
        if (PHOTON.matcher(host).matches() && site > 1) {
          // Jetpack's image CDN serves https://i0.wp.com/{site}/{path} for the site's own files.
          host = path.substring(1, site).toLowerCase(Locale.ROOT);
          path = path.substring(site);
        }
        host = host.startsWith("www.") ? host.substring(4) : host;
      } catch (URISyntaxException notAUrl) {
        return Optional.empty();
      }
    } else if (url.startsWith("/")) {
      path = url;
    } else {
      return Optional.empty();
    }
    path = path.toLowerCase(Locale.ROOT);
    int slash = path.lastIndexOf('/');
    Matcher name = NAME.matcher(path.substring(slash + 1));
    if (!name.matches()) {
      return Optional.empty();
    }
    String folder = path.substring(0, slash + 1);
    String stem = name.group(1);
    String extension = "." + name.group(2);
    String key = folder + unscaled(stem) + extension;
    Matcher size = SIZE.matcher(stem);
    if (!size.matches()) {
      return Optional.of(new AttachmentUrl(host, key, null, 0, 0));
    }
    return Optional.of(
        new AttachmentUrl(
            host,
            key,
            folder + unscaled(size.group(1)) + extension,
            Integer.parseInt(size.group(2)),
            Integer.parseInt(size.group(3))));
  }

  /** The file name of the address, as WordPress named the upload, e.g. {@code photo-scaled.jpg}. */
  public static String fileName(String address) {
    String url = address.strip();
    int end = indexOfAny(url, '?', '#');
    url = end < 0 ? url : url.substring(0, end);
    String name = url.substring(url.lastIndexOf('/') + 1);
    try {
      return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEncoding) {
      return name;
    }
  }

  /** Whether this address may be on the same site as one on {@code host}: same host, or root-relative. */
  boolean sameSiteAs(String otherHost) {
    return host == null || otherHost == null || host.equals(otherHost);
  }

  private static String unscaled(String stem) {
    return stem.endsWith(SCALED) && stem.length() > SCALED.length() ? stem.substring(0, stem.length() - SCALED.length()) : stem;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
