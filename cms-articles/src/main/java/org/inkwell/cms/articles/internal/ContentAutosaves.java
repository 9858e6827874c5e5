package org.inkwell.cms.articles.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.StoredText;

/**
 * Users' autosaves of articles and pages, the same for both kinds; in the calling service's
 * transaction, which has checked that the actor may edit the content.
 */
final class ContentAutosaves {

  private final AutosaveRepository autosaves;
  private final UserRepository users;

  ContentAutosaves(AutosaveRepository autosaves, UserRepository users) {
    this.autosaves = autosaves;
    this.users = users;
  }

  /**
   * Keeps the actor's unsaved editor content, replacing their previous autosave of the same content.
   *
   * @param kind {@link Article#KIND} or {@link Page#KIND}
   * @param content {@code null} for content of that kind not saved yet
   * @param excerpt {@code null} for none
   */
  AutosaveDetails keep(String kind, Content content, String title, String body, String excerpt, Actor actor) {
    ArticleInputRules.checkAutosave(title, body, excerpt);
    // No unique key tells two autosaves of one user's unsaved content apart: their lock does.
    User user = users.findLocked(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Long contentId = content == null ? null : content.getId();
    Autosave autosave =
        autosaves.find(user.getId(), kind, contentId).orElseGet(() -> new Autosave(user, kind, content));
    autosave.replace(
        // An autosave keeps work rather than refuse it: what a feed could not carry is dropped.
        title == null ? "" : StoredText.stripLine(title).strip(),
        HtmlSanitizer.body(body),
        excerpt == null ? "" : Excerpts.manual(excerpt),
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
    autosaves.save(autosave);
    autosaves.flush();
    return details(autosave);
  }

  Optional<AutosaveDetails> find(String kind, Long contentId, Actor actor) {
    return autosaves.find(actor.userId(), kind, contentId).map(ContentAutosaves::details);
  }

  /** Deletes the user's autosave of this content, if any: discarded, or overtaken by their save. */
  void discard(long userId, String kind, Long contentId) {
    autosaves.delete(userId, kind, contentId);
    autosaves.flush();
  }

  private static AutosaveDetails details(Autosave s) {
    return new AutosaveDetails(
        s.getArticle() == null ? null : s.getArticle().getId(),
        s.getTitle(),
        s.getBody(),
        s.getExcerpt(),
        s.getSavedAt());
  }
}
