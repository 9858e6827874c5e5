package org.inkwell.cms.articles.wordpress.wxr;

import java.util.Locale;

/** A {@code wp:author}: WordPress identifies authors by login, which items name in {@code dc:creator}. */
public record WxrAuthor(String login, String email, String displayName, String description)
    implements WxrEntry {

  /**
   * A login as the importer compares them, without case or surrounding spaces: items name their
   * author in {@code dc:creator} as they please.
   */
  public static String key(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }

  /** The display name decoded, else the login. */
  public String plainName() {
    String plain = PlainText.of(displayName);
    return plain.isEmpty() ? login : plain;
  }

  @Override
  public String label() {
    return login;
  }
}
