package org.inkwell.cms.articles.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.wordpress.wxr.WxrAuthor;

/**
 * The choices an import starts with.
 *
 * @param downloadMedia whether attachments are downloaded into the media library from their {@code
 *     wp:attachment_url}
 * @param authors WordPress logins (in any case) and the ids of the users here whose content they
 *     become; a login not listed is matched by login, else created as an inactive author, as it
 *     always is. The choice is remembered for the source site: a later run of its files keeps it.
 */
public record ImportOptions(boolean downloadMedia, Map<String, Long> authors) {

  public ImportOptions {
    Map<String, Long> keyed = new LinkedHashMap<>();
    (authors == null ? Map.<String, Long>of() : authors).forEach((login, user) -> {
      if (login != null && !login.isBlank() && user != null) {
        keyed.put(WxrAuthor.key(login), user);
      }
    });
    authors = Map.copyOf(keyed);
  }

  /** Authors matched and created as the file says them, as {@code POST /api/imports} does. */
  public static ImportOptions asInTheFile(boolean downloadMedia) {
    return new ImportOptions(downloadMedia, Map.of());
  }

  /** The user the admin chose for a WordPress login, if they chose one. */
  public Optional<Long> userFor(String login) {
    return Optional.ofNullable(authors.get(WxrAuthor.key(login)));
  }
}
