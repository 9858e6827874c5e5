package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageQuery;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.web.site.ContentPreview;

/**
 * The editor's work on pages, through the page service. Pages have no excerpt, categories, tags
 * or schedule; their publish time is ignored.
 */
@ApplicationScoped
public class PageEditing implements ContentEditing {

  static final String KIND = "page";

  private static final Map<String, String> INPUTS = Map.ofEntries(
      Map.entry("title", "editor:title"),
      Map.entry("slug", "editor:slug"),
      Map.entry("body", "editor:body"),
      Map.entry("parent", "editor:parent"),
      Map.entry("menuOrder", "editor:menuOrder"),
      Map.entry("featuredImage", "editor:featuredImage"),
      Map.entry("featuredImageAlt", "editor:featuredImageAlt"),
      Map.entry("seo.metaTitle", "editor:metaTitle"),
      Map.entry("seo.metaDescription", "editor:metaDescription"),
      Map.entry("seo.focusKeyphrase", "editor:focusKeyphrase"),
      Map.entry("seo.canonical", "editor:canonical"));

  @Inject PageService pages;
  @Inject SignedInUser me;
  @Inject ContentPreview preview;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Map<String, String> inputs() {
    return INPUTS;
  }

  /** Every page in these statuses the user may see, in tree order. */
  List<PageDetails> all(Set<ArticleStatus> statuses) {
    List<PageDetails> all = new ArrayList<>();
    ResultPage<PageDetails> page;
    int number = 1;
    do {
      page = pages.list(new PageQuery(statuses, null, null), new PageRequest(number++, PageRequest.MAX_PER_PAGE), me.actor());
      all.addAll(page.items());
    } while (all.size() < page.total() && !page.items().isEmpty());
    return all;
  }

  @Override
  public StoredContent find(long id) {
    return stored(pages.find(id, me.actor()));
  }

  @Override
  public StoredContent create(EditorFields form, ArticleStatus status, Instant publishAt, boolean generatedSlug) {
    return stored(pages.create(form.toPageInput(status, generatedSlug), me.actor()));
  }

  @Override
  public StoredContent update(long id, EditorFields form, ArticleStatus status, Instant publishAt, long basedOnVersion) {
    return stored(pages.update(id, form.toPageInput(status, false), basedOnVersion, false, me.actor()));
  }

  @Override
  public StoredContent trash(long id, long basedOnVersion) {
    return stored(pages.trash(id, basedOnVersion, me.actor()));
  }

  @Override
  public String preview(Long id, EditorFields form, Instant publishAt, boolean generatedSlug, String base) {
    return preview.render(pages.preview(id, form.toPageInput(null, generatedSlug), me.actor()), base);
  }

  @Override
  public void autosave(Long id, String title, String body, String excerpt) {
    pages.autosave(id, title, body, me.actor());
  }

  @Override
  public Optional<AutosaveDetails> findAutosave(Long id) {
    return pages.findAutosave(id, me.actor());
  }

  @Override
  public void discardAutosave(Long id) {
    pages.discardAutosave(id, me.actor());
  }

  @Override
  public List<RevisionDetails> revisions(long id) {
    return pages.revisions(id, me.actor());
  }

  @Override
  public StoredContent restoreRevision(long id, int number, long basedOnVersion) {
    return stored(pages.restoreRevision(id, number, basedOnVersion, me.actor()));
  }

  /** No excerpt: the generated one is no field of the editor's, so it never counts as a change. */
  private static StoredContent stored(PageDetails p) {
    return new StoredContent(p.id(), p.title(), p.body(), null, p.status(), p.version(), p.updatedAt(), null,
        p.author().login(), p.path(), EditorFields.of(p));
  }
}
