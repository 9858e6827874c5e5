package org.inkwell.cms.articles.wordpress;

import java.util.Locale;

/** Where an import is; written in lower case on the wire ({@code running}). */
public enum ImportState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
