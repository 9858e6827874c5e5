package org.inkwell.cms.relatedposts.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.inkwell.cms.relatedposts.internal.Pick;

/** One entry of an article's stored list, with why it is there. */
public final class ListedPost implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PostView post;
  private final String kind;
  private final double score;
  private final List<String> reasons;

  ListedPost(PostView post, Pick pick, List<String> reasons) {
    this.post = post;
    this.kind = pick.kind().name().toLowerCase(Locale.ROOT);
    this.score = pick.score();
    this.reasons = List.copyOf(reasons);
  }

  public PostView getPost() {
    return post;
  }

  /** {@code pinned}, {@code scored} or {@code latest}. */
  public String getKind() {
    return kind;
  }

  /** Whether the score means anything: pins and fallbacks are not scored. */
  public boolean isScored() {
    return "scored".equals(kind);
  }

  public double getScore() {
    return score;
  }

  /** In words, e.g. "sibling category Workouts", "text similarity 0.41". */
  public List<String> getReasons() {
    return reasons;
  }
}
