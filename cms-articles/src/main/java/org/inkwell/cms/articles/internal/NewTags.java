package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Creates tags in transactions of their own: when two articles introduce the same new tag at once,
 * one creation loses on the unique slug, and that must not roll back the article being saved.
 */
@ApplicationScoped
public class NewTags {

  @Inject TaxonomyRepository taxonomy;

  /** Creates the tag unless it exists. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensure(String slug, String name) {
    if (taxonomy.findTagsBySlugs(java.util.List.of(slug)).isEmpty()) {
      taxonomy.save(new Tag(slug, name));
      taxonomy.flush();
    }
  }
}
