package org.inkwell.cms.articles.wordpress.wxr;

/** A {@code wp:author}: WordPress identifies authors by login, which items name in {@code dc:creator}. */
public record WxrAuthor(String login, String email, String displayName, String description)
    implements WxrEntry {

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
