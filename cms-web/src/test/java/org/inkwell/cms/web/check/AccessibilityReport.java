package org.inkwell.cms.web.check;

import java.util.List;
import java.util.stream.Collectors;

/** The serious and critical accessibility violations axe-core found in one page. */
public record AccessibilityReport(String url, List<AxeViolation> violations) {

  public AccessibilityReport {
    violations = List.copyOf(violations);
  }

  public boolean isClean() {
    return violations.isEmpty();
  }

  /** The broken rules' ids, e.g. {@code [image-alt, label]}. */
  public List<String> ids() {
    return violations.stream().map(AxeViolation::id).toList();
  }

  /** Readable as an assertion message: one rule a paragraph, with the elements that break it. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no serious or critical accessibility violation in " + url;
    }
    return violations.size() + " serious or critical accessibility violation(s) in " + url + "\n"
        + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
  }
}
