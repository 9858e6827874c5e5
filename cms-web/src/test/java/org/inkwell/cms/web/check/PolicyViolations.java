package org.inkwell.cms.web.check;

import java.util.List;
import java.util.Map;

/**
 * What a page's Content-Security-Policy refused, as the browser reports it: a {@code
 * securitypolicyviolation} listener installed before any script of each new document runs, so
 * that refusals during loading count as well as those after an Ajax update.
 */
public final class PolicyViolations {

  private static final String RECORDER = """
      window.inkwellPolicyViolations = [];
      document.addEventListener('securitypolicyviolation', function (e) {
        window.inkwellPolicyViolations.push(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline')
            + ' at ' + (e.sourceFile || document.location.pathname) + ':' + e.lineNumber
            + (e.sample ? ' (' + e.sample + ')' : ''));
      }, true);
      """;

  private PolicyViolations() {}

  /** Records the violations of every document this browser loads from now on. */
  public static void watch(Browser browser) {
    browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
  }

  /** The violations of the current document so far, each as "directive refused what at where". */
  @SuppressWarnings("unchecked")
  public static List<String> seen(Browser browser) {
    Object seen = browser.script("return window.inkwellPolicyViolations || null;");
    if (seen == null) {
      throw new IllegalStateException("No violation recorder in " + browser.currentUrl() + ": call watch first");
    }
    return List.copyOf((List<String>) seen);
  }

  /** Forgets the current document's violations, after a test provoked some on purpose. */
  public static void clear(Browser browser) {
    browser.script("window.inkwellPolicyViolations = [];");
  }
}
