package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.RevisionDetails;

/** Describes an edit conflict from the article as it is stored now. */
@RequestScoped
public class EditConflicts {

  @Inject ArticleService articles;
  @Inject SignedInUser me;

  EditConflict between(EditorFields mine, long articleId) {
    ArticleDetails theirs = articles.find(articleId, me.actor());
    List<RevisionDetails> revisions = articles.revisions(articleId, me.actor());
    // The newest revision holds what the last save replaced, credited to whoever saved.
    String savedBy = revisions.isEmpty() ? theirs.author().name() : revisions.get(revisions.size() - 1).savedBy().name();
    RevisionComparison diff = RevisionDiff.compare(
        new ArticleVersion(mine.getTitle(), QuillHtml.normalise(mine.getBody())), new ArticleVersion(theirs.title(), theirs.body()));
    return new EditConflict(theirs, savedBy, theirs.updatedAt(), diff);
  }
}
