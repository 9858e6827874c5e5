package org.inkwell.cms.core;

import java.util.List;

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
  private final List<FieldError> errors;

  protected CmsException(String problemType, String title, String detail) {
    this(problemType, title, detail, List.of());
  }

  /**
   * @param errors the input fields the problem lies in, for clients to show it at them
   * @since 0.5
   */
  protected CmsException(String problemType, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.problemType = problemType;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  /** Stable slug of this kind of problem, e.g. {@code article-not-found}. */
  public String problemType() {
    return problemType;
  }

  /** Short, human summary of this kind of problem. */
  public String title() {
    return title;
  }

  /**
   * The input fields the problem lies in; empty when it is not about particular fields.
   *
   * @since 0.5
   */
  public List<FieldError> errors() {
    return errors;
  }
}
