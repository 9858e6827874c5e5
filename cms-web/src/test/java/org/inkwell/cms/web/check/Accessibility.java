package org.inkwell.cms.web.check;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the version inside the {@code com.deque.html.axe-core:selenium} jar, so nothing
 * is fetched) in the page a {@link Browser} has open, same-origin frames included.
 *
 * <p>Only {@code serious} and {@code critical} violations are reported: those block or badly hinder
 * someone (no text for an image, an unlabelled field, unreadable contrast); {@code moderate} and
 * {@code minor} ones are advice a test should not fail on.
 */
public final class Accessibility {

  private static final Set<String> REPORTED_IMPACTS = Set.of("serious", "critical");

  private Accessibility() {}

  public static AccessibilityReport check(Browser browser) {
    return check(browser.driver());
  }

  public static AccessibilityReport check(WebDriver driver) {
    Results results = new AxeBuilder().analyze(driver);
    // AxeBuilder hands a failed run back as a result with no violations: that must not pass.
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": "
          + results.getErrorMessage());
    }
    if (results.getViolations() == null || results.getTestEngine() == null) {
      throw new IllegalStateException("axe-core returned no results for " + driver.getCurrentUrl());
    }
    List<AxeViolation> violations = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if (REPORTED_IMPACTS.contains(rule.getImpact())) {
        violations.add(new AxeViolation(
            rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), targets(rule)));
      }
    }
    return new AccessibilityReport(driver.getCurrentUrl(), violations);
  }

  /**
   * axe gives each node's target as a list of selectors, one per frame (or shadow root) on the way
   * to the element; they are joined with " >>> " here.
   */
  private static List<String> targets(Rule rule) {
    List<String> targets = new ArrayList<>();
    for (CheckedNode node : rule.getNodes()) {
      targets.add(selector(node.getTarget()));
    }
    return targets;
  }

  private static String selector(Object target) {
    if (target instanceof List<?> path) {
      List<String> parts = new ArrayList<>();
      for (Object part : path) {
        parts.add(selector(part));
      }
      return String.join(" >>> ", parts);
    }
    return String.valueOf(target);
  }
}
