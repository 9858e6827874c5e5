package org.inkwell.cms.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule; carries one entry per offending field.
 *
 * @since 0.1
 */
public class InvalidInputException extends CmsException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        "invalid-input",
        "Invalid input",
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
