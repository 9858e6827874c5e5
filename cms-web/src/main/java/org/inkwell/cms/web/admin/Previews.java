package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts an editor asked to preview, rendered as their public pages and kept in the editor's
 * session under unguessable names, so that the preview shows unsaved changes and nobody else can
 * open it.
 */
@SessionScoped
public class Previews implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int KEPT = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> pages = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > KEPT;
    }
  };

  /** @return the name it is kept under */
  synchronized String keep(String html) {
    byte[] name = new byte[16];
    RANDOM.nextBytes(name);
    String token = HexFormat.of().formatHex(name);
    pages.put(token, html);
    return token;
  }

  /** The HTML of the preview kept under this name. */
  public synchronized Optional<String> find(String token) {
    return Optional.ofNullable(pages.get(token));
  }
}
