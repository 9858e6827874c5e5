package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleService;

/** Describes an edit conflict from the article as it is stored now. */
@RequestScoped
public class EditConflicts {

  @Inject ArticleService articles;
  @Inject SignedInUser me;

  EditConflict between(EditorFields mine, long articleId) {
    ArticleDetails theirs = articles.find(articleId, me.actor());
    RevisionComparison diff = RevisionDiff.compare(
        new ArticleVersion(mine.getTitle(), QuillHtml.normalise(mine.getBody())), new ArticleVersion(theirs.title(), theirs.body()));
    return new EditConflict(theirs, theirs.updatedAt(), diff);
  }
}
