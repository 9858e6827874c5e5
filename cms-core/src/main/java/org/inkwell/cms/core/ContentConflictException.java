package org.inkwell.cms.core;

import java.util.List;

/**
 * The change conflicts with stored content: a taken slug, a concurrent edit, a state that forbids
 * the change.
 *
 * @since 0.1
 */
public class ContentConflictException extends CmsException {

  public ContentConflictException(String problemType, String detail) {
    super(problemType, "Conflict with stored content", detail);
  }

  /**
   * A conflict of one field's value, e.g. a slug that is another article's address.
   *
   * @since 0.5
   */
  public ContentConflictException(String problemType, FieldError error) {
    super(problemType, "Conflict with stored content", error.message(), List.of(error));
  }
}
