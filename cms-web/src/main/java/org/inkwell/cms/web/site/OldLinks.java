package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.inkwell.cms.articles.wordpress.OldPermalinkService;
import org.inkwell.cms.articles.wordpress.OldPermalinkService.MovedContent;

/**
 * Addresses of an imported WordPress site that no live content answers: where readers who follow
 * them are sent now, permanently. Never kept in the page cache (redirects are not), so a target
 * that is unpublished or moves is followed at the next request.
 */
@ApplicationScoped
public class OldLinks {

  @Inject OldPermalinkService permalinks;

  /**
   * The absolute address content that had {@code address} lives at now, unless that is the address
   * asked for (a redirect to itself would never end).
   */
  Optional<String> location(String base, String address) {
    return permalinks.find(address)
        .map(OldLinks::path)
        .filter(path -> !path.equals(address))
        .map(path -> base + path);
  }

  static String path(MovedContent moved) {
    return switch (moved.kind()) {
      case ARTICLE, PAGE -> "/" + moved.path() + "/";
      case CATEGORY -> "/category/" + moved.path() + "/";
      case TAG -> "/tag/" + moved.path() + "/";
    };
  }
}
