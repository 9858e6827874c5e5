package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.wordpress.OldPermalinkService;
import org.inkwell.cms.articles.wordpress.OldPermalinkService.MovedContent.Kind;

/** Follows an old address to its imported item and on to that item's current address, if public. */
@ApplicationScoped
@Transactional
public class DefaultOldPermalinkService implements OldPermalinkService {

  @Inject ImportJobRepository jobs;
  @Inject ArticleRepository contents;
  @Inject PageRepository pages;
  @Inject TaxonomyRepository taxonomy;

  @Override
  public Optional<MovedContent> find(String address) {
    return jobs.findPermalink(address).flatMap(permalink -> current(permalink.getItem()));
  }

  private Optional<MovedContent> current(ImportedItem item) {
    long id = item.getLocalId();
    return switch (item.getKind()) {
      case POST -> contents.find(id)
          .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
          .map(a -> new MovedContent(Kind.ARTICLE, a.getSlug()));
      case PAGE -> pages.find(id)
          .filter(PageViews::isReachable)
          .map(p -> new MovedContent(Kind.PAGE, PageViews.details(p).path()));
      case CATEGORY -> taxonomy.findCategory(id).map(c -> new MovedContent(Kind.CATEGORY, c.getSlug()));
      case TAG -> taxonomy.findTag(id).map(t -> new MovedContent(Kind.TAG, t.getSlug()));
      case AUTHOR, MEDIA -> Optional.empty();
    };
  }
}
