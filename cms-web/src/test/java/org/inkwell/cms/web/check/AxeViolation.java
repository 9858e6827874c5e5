package org.inkwell.cms.web.check;

import java.util.List;

/**
 * One axe-core rule a page breaks: its id (e.g. {@code image-alt}), impact ({@code serious} or
 * {@code critical} here), what it asks for, where to read more, and the CSS selectors of the
 * offending elements.
 */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<String> targets) {

  public AxeViolation {
    targets = List.copyOf(targets);
  }

  @Override
  public String toString() {
    return id + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", targets)
        + "\n      see " + helpUrl;
  }
}
