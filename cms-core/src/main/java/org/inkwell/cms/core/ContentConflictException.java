package org.inkwell.cms.core;

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
}
