package org.inkwell.cms.core;

/**
 * Base of the failures a service reports to its caller. Each kind has a stable problem type slug,
 * which clients may rely on, and a short human title; the message is the detail for this occurrence.
 * Unchecked, so a {@code @Transactional} service rolls back when it throws one.
 *
 * @since 0.1
 */
public abstract class CmsException extends RuntimeException {

  private final String problemType;
  private final String title;

  protected CmsException(String problemType, String title, String detail) {
    super(detail);
    this.problemType = problemType;
    this.title = title;
  }

  /** Stable slug of this kind of problem, e.g. {@code article-not-found}. */
  public String problemType() {
    return problemType;
  }

  /** Short, human summary of this kind of problem. */
  public String title() {
    return title;
  }
}
