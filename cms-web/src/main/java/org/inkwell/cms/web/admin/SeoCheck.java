package org.inkwell.cms.web.admin;

import java.util.List;

/**
 * The outcome of one SEO check.
 *
 * @param id which check, stable for the page to keep its place: {@code keyphraseInTitle}
 * @param rating how the draft does
 * @param messageKey a one-line hint in the bundle {@link SeoAnalysis#MESSAGES}
 * @param args the hint's {@link java.text.MessageFormat} arguments, in order
 */
public record SeoCheck(String id, Rating rating, String messageKey, List<Object> args) {

  /** Shown green, orange and red. */
  public enum Rating {
    GOOD,
    OK,
    BAD
  }

  public SeoCheck {
    args = List.copyOf(args);
  }
}
