package org.inkwell.cms.web.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.articles.RevisionDetails;

/**
 * What the editor and the revisions screen do with one kind of content, through that kind's
 * service and as the signed-in user, so that both screens work the same on articles and pages.
 * Service exceptions pass through.
 */
public interface ContentEditing {

  /** The kind's name: the {@code kind} in the editor's address and the {@code kind.*} text. */
  String kind();

  /** What texts call this kind: "article", "page". */
  default String noun() {
    return Notices.text("kind." + kind());
  }

  /** A text of the admin's bundle that names this kind as its <code>{0}</code>. */
  default String text(String key) {
    return Notices.text(key, noun());
  }

  /** Service field names and the editor's inputs their errors are shown at. */
  Map<String, String> inputs();

  StoredContent find(long id);

  /**
   * @param status {@code null} for a draft
   * @param publishAt for articles only: when a scheduled one goes live
   * @param generatedSlug {@code true} to let the service make the slug from the title
   */
  StoredContent create(EditorFields form, ArticleStatus status, Instant publishAt, boolean generatedSlug);

  /** The form as a full replacement; a {@code null} status keeps the stored one. */
  StoredContent update(long id, EditorFields form, ArticleStatus status, Instant publishAt, long basedOnVersion);

  StoredContent trash(long id, long basedOnVersion);

  /**
   * The public page it would be with the form's content, as HTML; nothing is stored.
   *
   * @param id {@code null} for content not saved yet
   * @param base the site's address, for the page's links
   */
  String preview(Long id, EditorFields form, Instant publishAt, boolean generatedSlug, String base);

  void autosave(Long id, String title, String body, String excerpt);

  Optional<AutosaveDetails> findAutosave(Long id);

  void discardAutosave(Long id);

  List<RevisionDetails> revisions(long id);

  StoredContent restoreRevision(long id, int number, long basedOnVersion);
}
