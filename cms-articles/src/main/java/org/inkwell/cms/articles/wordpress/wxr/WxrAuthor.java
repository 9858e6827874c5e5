package org.inkwell.cms.articles.wordpress.wxr;

/** A {@code wp:author}: WordPress identifies authors by login, which items name in {@code dc:creator}. */
public record WxrAuthor(String login, String email, String displayName, String description)
    implements WxrEntry {

  @Override
  public String label() {
    return login;
  }
}
