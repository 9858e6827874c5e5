package org.inkwell.cms.relatedposts.internal;

import java.io.Serializable;
import java.util.List;

/**
 * An editor's choices for one article's list: posts always shown first, and posts never shown.
 * Serializable, since the admin keeps the one it shows in the editor's view state.
 */
public record Curation(List<Long> pinned, List<Long> excluded) implements Serializable {

  static final Curation NONE = new Curation(List.of(), List.of());

  public Curation {
    pinned = List.copyOf(pinned);
    excluded = List.copyOf(excluded);
  }
}
