package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;

/** Tags offered while an editor types one; what they typed comes first, so a new tag is one key away. */
@ApplicationScoped
public class TagSuggestions {

  private static final int MAX = 10;

  @Inject TaxonomyService taxonomy;

  List<String> matching(String typed) {
    String query = typed == null ? "" : typed.strip();
    String lower = query.toLowerCase(Locale.ROOT);
    List<String> known = taxonomy.tags().stream()
        .map(TagDetails::name)
        .filter(name -> name.toLowerCase(Locale.ROOT).contains(lower))
        .sorted((a, b) -> Boolean.compare(!a.toLowerCase(Locale.ROOT).startsWith(lower), !b.toLowerCase(Locale.ROOT).startsWith(lower)))
        .limit(MAX)
        .toList();
    List<String> offered = new ArrayList<>();
    if (!query.isEmpty() && known.stream().noneMatch(name -> name.equalsIgnoreCase(query))) {
      offered.add(query);
    }
    offered.addAll(known);
    return offered;
  }
}
