package org.inkwell.cms.articles;

/** The markup an article or page body may hold: what saving does to the HTML an editor wrote. */
public interface BodyMarkup {

  /** The HTML as it would be stored: the sanitiser's allow-list applied. */
  String sanitised(String html);
}
