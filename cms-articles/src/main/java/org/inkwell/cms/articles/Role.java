package org.inkwell.cms.articles;

import java.util.Locale;

/** What a user may do, with WordPress's meanings. */
public enum Role {
  /** Everything, including managing users. */
  ADMIN,
  /** Publishes and edits everyone's articles; manages categories and tags. */
  EDITOR,
  /** Publishes and edits their own articles. */
  AUTHOR,
  /** Writes their own drafts and submits them for review; cannot publish. */
  CONTRIBUTOR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
