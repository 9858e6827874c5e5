package org.inkwell.cms.relatedposts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Why a post was picked, in words an editor reads: "sibling category Workouts", "text similarity 0.41". */
public final class Reasons {

  /** Text similarity below this is noise, not a reason. */
  private static final double NOTABLE_TEXT = 0.01;

  private Reasons() {}

  /** @param categoryName the name of a category, by slug */
  public static List<String> of(Pick pick, UnaryOperator<String> categoryName) {
    List<String> reasons = new ArrayList<>();
    switch (pick.kind()) {
      case PINNED -> reasons.add("pinned by an editor");
      case LATEST -> reasons.add(pick.category() == null ? "latest on the site" : "latest in " + categoryName.apply(pick.category()));
      case SCORED -> {
        String name = pick.category() == null ? null : categoryName.apply(pick.category());
        switch (pick.relation()) {
          case SAME -> reasons.add("same category");
          case PARENT -> reasons.add("parent category " + name);
          case CHILD -> reasons.add("subcategory " + name);
          case SIBLING -> reasons.add("sibling category " + name);
          case SHARED -> reasons.add("also in " + name);
          case COUSIN -> reasons.add("related category " + name);
          case NONE -> { }
        }
        int tags = pick.sharedTags().size();
        if (tags > 0) {
          reasons.add(tags + (tags == 1 ? " shared tag: " : " shared tags: ") + String.join(", ", pick.sharedTags()));
        }
        if (pick.text() >= NOTABLE_TEXT) {
          reasons.add(String.format(Locale.ROOT, "text similarity %.2f", pick.text()));
        }
      }
    }
    return reasons;
  }
}
