package org.inkwell.cms.articles;

import java.util.Optional;

/** Who made an article's or page's current version: what an editor meeting an edit conflict is told. */
public interface ContentHistory {

  /** The person whose save made the current version; empty for unknown content. Needs a sign-in. */
  Optional<Person> lastSavedBy(long contentId, Actor actor);
}
