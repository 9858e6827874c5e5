package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The theme's stylesheet, served under an address that changes with its content, so browsers and
 * CDNs may keep it for a year.
 */
@ApplicationScoped
public class Stylesheet {

  static final String PATH = "/theme/site.css";

  private final byte[] bytes;
  private final String version;

  public Stylesheet() {
    try (InputStream in = Stylesheet.class.getResourceAsStream("/site/theme/site.css")) {
      if (in == null) {
        throw new IllegalStateException("site/theme/site.css is missing from the class path");
      }
      bytes = in.readAllBytes();
      version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  String url() {
    return PATH + "?v=" + version;
  }

  String version() {
    return version;
  }

  byte[] bytes() {
    return bytes;
  }
}
