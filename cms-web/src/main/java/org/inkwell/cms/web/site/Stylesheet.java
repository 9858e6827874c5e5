package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;

/**
 * The theme's stylesheet, served under an address that changes with its content, so browsers and
 * CDNs may keep it for a year. It is served as a kept page is (see {@link CachedPage}): gzip for
 * clients that accept it, validators and 304s.
 */
@ApplicationScoped
public class Stylesheet {

  static final String PATH = "/theme/site.css";

  private final CachedPage page;
  private final String version;

  public Stylesheet() {
    try (InputStream in = Stylesheet.class.getResourceAsStream("/site/theme/site.css")) {
      if (in == null) {
        throw new IllegalStateException("site/theme/site.css is missing from the class path");
      }
      page = CachedPage.of(new PageResult(200, "text/css; charset=UTF-8", in.readAllBytes(), Set.of(), null, true), Instant.now());
      // Part of the content's own tag (URL-safe Base64): new content, new address.
      version = page.etag().substring(1, 13);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return PATH + "?v=" + version;
  }

  String version() {
    return version;
  }

  CachedPage page() {
    return page;
  }
}
