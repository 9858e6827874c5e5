package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.web.site.ContentPreview;

/** The editor's work on articles, through the article service. */
@ApplicationScoped
public class ArticleEditing implements ContentEditing {

  private static final Map<String, String> INPUTS = Map.ofEntries(
      Map.entry("title", "editor:title"),
      Map.entry("slug", "editor:slug"),
      Map.entry("body", "editor:body"),
      Map.entry("excerpt", "editor:excerpt"),
      Map.entry("category", "editor:category"),
      Map.entry("categories", "editor:extraCategories"),
      Map.entry("tags", "editor:tags"),
      Map.entry("featuredImage", "editor:featuredImage"),
      Map.entry("featuredImageAlt", "editor:featuredImageAlt"),
      Map.entry("publishAt", "editor:publishAt"),
      Map.entry("seo.metaTitle", "editor:metaTitle"),
      Map.entry("seo.metaDescription", "editor:metaDescription"),
      Map.entry("seo.focusKeyphrase", "editor:focusKeyphrase"),
      Map.entry("seo.canonical", "editor:canonical"));

  @Inject ArticleService articles;
  @Inject SignedInUser me;
  @Inject ContentPreview preview;

  @Override
  public String kind() {
    return "article";
  }

  @Override
  public Map<String, String> inputs() {
    return INPUTS;
  }

  @Override
  public StoredContent find(long id) {
    return stored(articles.find(id, me.actor()));
  }

  @Override
  public StoredContent create(EditorFields form, ArticleStatus status, Instant publishAt, boolean generatedSlug) {
    return stored(articles.create(form.toInput(status, publishAt, generatedSlug), me.actor()));
  }

  @Override
  public StoredContent update(long id, EditorFields form, ArticleStatus status, Instant publishAt, long basedOnVersion) {
    return stored(articles.update(id, form.toInput(status, publishAt, false), basedOnVersion, false, me.actor()));
  }

  @Override
  public StoredContent trash(long id, long basedOnVersion) {
    return stored(articles.trash(id, basedOnVersion, me.actor()));
  }

  @Override
  public String preview(Long id, EditorFields form, Instant publishAt, boolean generatedSlug, String base) {
    return preview.render(articles.preview(id, form.toInput(null, publishAt, generatedSlug), me.actor()), base);
  }

  @Override
  public void autosave(Long id, String title, String body, String excerpt) {
    articles.autosave(id, title, body, excerpt, me.actor());
  }

  @Override
  public Optional<AutosaveDetails> findAutosave(Long id) {
    return articles.findAutosave(id, me.actor());
  }

  @Override
  public void discardAutosave(Long id) {
    articles.discardAutosave(id, me.actor());
  }

  @Override
  public List<RevisionDetails> revisions(long id) {
    return articles.revisions(id, me.actor());
  }

  @Override
  public StoredContent restoreRevision(long id, int number, long basedOnVersion) {
    return stored(articles.restoreRevision(id, number, basedOnVersion, me.actor()));
  }

  private static StoredContent stored(ArticleDetails a) {
    return new StoredContent(a.id(), a.title(), a.body(), a.excerpt(), a.status(), a.version(), a.updatedAt(),
        a.publishAt(), a.author().login(), a.slug(), EditorFields.of(a));
  }
}
