package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.ArticleDetails;

/**
 * Drafts an editor asked to preview, kept in their session under unguessable names, so that the
 * preview shows unsaved changes and nobody else can open it.
 */
@SessionScoped
public class Previews implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int KEPT = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, ArticleDetails> drafts = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ArticleDetails> eldest) {
      return size() > KEPT;
    }
  };

  synchronized String keep(ArticleDetails draft) {
    byte[] name = new byte[16];
    RANDOM.nextBytes(name);
    String token = HexFormat.of().formatHex(name);
    drafts.put(token, draft);
    return token;
  }

  public synchronized Optional<ArticleDetails> find(String token) {
    return Optional.ofNullable(drafts.get(token));
  }
}
