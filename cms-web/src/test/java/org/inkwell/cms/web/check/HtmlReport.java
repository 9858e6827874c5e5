package org.inkwell.cms.web.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the Nu HTML Checker said of one document: errors make it invalid HTML; warnings are advice
 * (kept apart so a test can assert on errors alone). The checker's "info" notes are not kept.
 */
public record HtmlReport(List<HtmlProblem> errors, List<HtmlProblem> warnings) {

  public HtmlReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** The errors' messages only, for assertions on what was found rather than where. */
  public List<String> errorMessages() {
    return errors.stream().map(HtmlProblem::message).toList();
  }

  /** One error a line, for an assertion message. */
  @Override
  public String toString() {
    if (errors.isEmpty() && warnings.isEmpty()) {
      return "valid HTML, no warnings";
    }
    return errors.size() + " error(s), " + warnings.size() + " warning(s)\n"
        + errors.stream().map(e -> "  error   " + e).collect(Collectors.joining("\n"))
        + (warnings.isEmpty() ? "" : "\n")
        + warnings.stream().map(w -> "  warning " + w).collect(Collectors.joining("\n"));
  }
}
