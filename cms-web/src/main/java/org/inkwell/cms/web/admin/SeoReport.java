package org.inkwell.cms.web.admin;

import java.util.List;
import org.inkwell.cms.web.admin.SeoCheck.Rating;

/**
 * What {@link SeoAnalysis} found.
 *
 * @param checks one per check, worst first so that the page lists the problems at the top; the
 *     keyphrase checks are left out while no keyphrase is set
 * @param overall the draft as a whole
 */
public record SeoReport(List<SeoCheck> checks, Rating overall) {

  public SeoReport {
    checks = List.copyOf(checks);
  }
}
