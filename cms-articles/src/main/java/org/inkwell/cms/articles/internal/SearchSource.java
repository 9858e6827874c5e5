package org.inkwell.cms.articles.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the search index learns what is published; each call reads committed data. */
interface SearchSource {

  /** Every published article's and page's id and the time it was last changed. */
  Map<Long, Instant> publishedVersions();

  /** The published ones among these articles and pages; others are left out. */
  List<SearchDocument> published(Collection<Long> ids);
}
