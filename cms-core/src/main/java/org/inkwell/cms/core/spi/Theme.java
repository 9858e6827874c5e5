package org.inkwell.cms.core.spi;

import java.util.List;

/**
 * The public site's markup for what blocks show, so that a plugin's block looks like the archives
 * around it and never has to escape text itself.
 *
 * <p>How to implement: the module that renders the public pages passes its implementation to each
 * {@link PageBlock}; plugins only call it.
 *
 * @since 0.3
 */
public interface Theme {

  /**
   * A titled section of article cards (image, category, title, excerpt, author), as on archive
   * pages.
   *
   * @param id a page-unique, URL-safe id for the section (used to label it)
   * @param heading the section's visible heading, plain text
   */
  String cardSection(String id, String heading, List<ArticleCard> cards);
}
