package org.inkwell.cms.web.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.inkwell.cms.core.HttpDates;

/** HTTP conditional requests (RFC 9110 §13) and content negotiation for kept pages and files. */
final class Conditional {

  private Conditional() {}

  /**
   * Whether the reader's copy is current: any of its {@code If-None-Match} tags matches (weak
   * comparison, as the RFC asks for this header); only without that header, {@code
   * If-Modified-Since} not before the page's date; a malformed date is ignored.
   */
  static boolean notModified(String ifNoneMatch, String ifModifiedSince, CachedPage page, String etag) {
    return notModified(ifNoneMatch, ifModifiedSince, page.lastModified(), etag);
  }

  /** As for a page, for anything changed at {@code lastModified} (compared to the second, as HTTP dates are). */
  static boolean notModified(String ifNoneMatch, String ifModifiedSince, Instant lastModified, String etag) {
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals("*") || t.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    return HttpDates.parse(ifModifiedSince).filter(since -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since)).isPresent();
  }

  /** Whether {@code Accept-Encoding} allows gzip (and does not refuse it with {@code q=0}). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.strip().split(";");
      String coding = pieces[0].strip();
      if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
        return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
      }
    }
    return false;
  }
}
