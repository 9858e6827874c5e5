package org.inkwell.cms.articles.wordpress.wxr;

/** One thing a WXR file holds at its channel's top level, in the file's order. */
public sealed interface WxrEntry permits WxrAuthor, WxrTerm, WxrItem {

  /** What the item is called in an import report: its title, name or login, else its id. */
  String label();
}
