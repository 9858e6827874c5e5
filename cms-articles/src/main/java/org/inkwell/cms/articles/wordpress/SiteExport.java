package org.inkwell.cms.articles.wordpress;

import java.io.IOException;
import java.io.OutputStream;

/** An export of the site, not yet written: its file name, and the writing itself. */
public interface SiteExport {

  /** {@code <site>-YYYY-MM-DD.xml}: the site's title as a slug and the day in the site's time zone. */
  String fileName();

  /**
   * Writes the file to {@code out} (left open) as it reads the site, a batch at a time, each in a
   * transaction of its own: memory does not grow with the site, and no transaction waits for a
   * slow reader.
   */
  void writeTo(OutputStream out) throws IOException;
}
