package org.inkwell.cms.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule; carries one entry per offending field.
 *
 * @since 0.1
 */
public class InvalidInputException extends CmsException {

  public InvalidInputException(List<FieldError> errors) {
    super(
        "invalid-input",
        "Invalid input",
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; ")),
        errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
