package org.inkwell.cms.articles.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;

/** Checks a page input field by field and reports every problem at once. */
final class PageInputRules {

  /** What a client may ask a page to become; the trash has its own operation. */
  static final Set<ArticleStatus> REQUESTABLE = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);

  static final int MAX_MENU_ORDER = 1_000_000;

  private PageInputRules() {}

  /**
   * @param complete {@code true} for a create or full replacement, where a title is required
   */
  static void check(PageInput in, boolean complete) {
    List<FieldError> errors = new ArrayList<>();
    ArticleInputRules.checkShared(
        errors, complete, in.title(), in.slug(), in.body(), in.featuredImage(), in.featuredImageAlt(), in.seo());
    if (in.status() != null && !REQUESTABLE.contains(in.status())) {
      errors.add(new FieldError("status", "must be draft or published (DELETE moves a page to the trash)"));
    }
    if (in.parent() != null && in.parent() < 0) {
      errors.add(new FieldError("parent", "must be the id of a page, or 0 for none"));
    }
    if (in.menuOrder() != null && Math.abs(in.menuOrder()) > MAX_MENU_ORDER) {
      errors.add(new FieldError("menuOrder", "must be between -" + MAX_MENU_ORDER + " and " + MAX_MENU_ORDER));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
