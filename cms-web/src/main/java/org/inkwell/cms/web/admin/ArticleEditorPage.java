package org.inkwell.cms.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.StaleVersionException;
import org.primefaces.PrimeFaces;

/**
 * The article editor: writing, the publishing workflow, autosave and edit conflicts. The form's
 * state lives in {@link EditorFields}; this page turns buttons into service calls.
 */
@Named
@ViewScoped
public class ArticleEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Service field names and the inputs their errors are shown at. */
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
  @Inject AdminDates dates;
  @Inject Previews previews;
  @Inject EditConflicts conflicts;
  @Inject TagSuggestions tagSuggestions;

  private Long id;
  private boolean loaded;
  private boolean editable = true;
  private ArticleDetails saved;
  private EditorFields fields = new EditorFields();
  private boolean slugEdited;
  private LocalDateTime publishAt;
  private EditConflict conflict;
  private String keptText;
  private AutosaveDetails offeredAutosave;
  private Instant autosavedAt;
  private int autosavedHash;

  /** Reads the article named in the address, or starts a new one; once per view. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      if (id != null) {
        ArticleDetails found = articles.find(id, me.actor());
        if (!me.isEditor() && !found.author().login().equals(me.getLogin())) {
          // Readable because it is published, but another author's to change.
          throw new AccessDeniedException("not the author");
        }
        show(found);
      }
      offeredAutosave = articles.findAutosave(id, me.actor())
          .filter(a -> saved == null || a.savedAt().isAfter(saved.updatedAt()))
          .filter(a -> saved == null || !Objects.equals(a.body(), saved.body()) || !Objects.equals(a.title(), saved.title()))
          .orElse(null);
    } catch (ContentNotFoundException e) {
      editable = false;
      Notices.error("editor.notFound");
    } catch (AccessDeniedException e) {
      editable = false;
      Notices.error("editor.notYours");
    }
  }

  public void saveDraft() throws IOException {
    save(saved == null ? ArticleStatus.DRAFT : null, keptPublishAt(), "editor.saved");
  }

  public void submitForReview() throws IOException {
    save(ArticleStatus.PENDING, null, "editor.submitted");
  }

  public void publish() throws IOException {
    save(ArticleStatus.PUBLISHED, null, "editor.published");
  }

  public void schedule() throws IOException {
    if (publishAt == null) {
      Notices.errorAt("editor:publishAt", "editor.schedule.required");
      return;
    }
    save(ArticleStatus.SCHEDULED, publishAt.atZone(dates.zone()).toInstant(), "editor.scheduled");
  }

  public void unpublish() throws IOException {
    save(ArticleStatus.DRAFT, null, "editor.unpublished");
  }

  public void restore() throws IOException {
    save(ArticleStatus.DRAFT, null, "editor.restored");
  }

  public void trash() {
    try {
      show(articles.trash(id, saved.version(), me.actor()));
      Notices.success("editor.trashed", saved.title());
    } catch (StaleVersionException e) {
      conflict = conflicts.between(fields, id);
      Notices.error("editor.conflict");
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  /** Saves what this editor wrote over the other person's save, which stays in the revisions. */
  public void saveMineAnyway() throws IOException {
    ArticleDetails theirs = conflict.theirs();
    saved = theirs;
    conflict = null;
    save(null, keptPublishAt(), "editor.saved");
  }

  /** Shows the other person's version; this editor's text stays on the page to copy from. */
  public void loadTheirs() {
    keptText = "<h1>" + fields.getTitle() + "</h1>\n" + fields.getBody();
    articles.autosave(id, fields.getTitle(), fields.getBody(), fields.getExcerpt(), me.actor());
    show(conflict.theirs());
    conflict = null;
    Notices.success("editor.conflict.loaded");
  }

  public void autosave() {
    String body = QuillHtml.normalise(fields.getBody());
    int hash = Objects.hash(fields.getTitle(), body, fields.getExcerpt());
    boolean unchanged = saved != null && Objects.equals(fields.getTitle(), saved.title())
        && Objects.equals(body, saved.body()) && Objects.equals(fields.getExcerpt(), saved.excerpt());
    if (!editable || unchanged || hash == autosavedHash || isBlank(fields.getTitle()) && isBlank(body)) {
      return;
    }
    try {
      articles.autosave(id, fields.getTitle(), body, fields.getExcerpt(), me.actor());
      autosavedAt = Instant.now();
      autosavedHash = hash;
    } catch (CmsException e) {
      // The next save reports the problem at its field; an autosave never interrupts typing.
    }
  }

  public void restoreAutosave() {
    fields.setTitle(offeredAutosave.title());
    fields.setBody(offeredAutosave.body());
    fields.setExcerpt(offeredAutosave.excerpt());
    offeredAutosave = null;
    Notices.success("editor.autosave.restored");
  }

  public void discardAutosave() {
    articles.discardAutosave(id, me.actor());
    offeredAutosave = null;
  }

  public void preview() {
    try {
      ArticleDetails draft = articles.preview(id, fields.toInput(null, keptPublishAt(), !slugEdited && saved == null), me.actor());
      String token = previews.keep(draft);
      PrimeFaces.current().executeScript("window.open('/admin/preview/" + token + "', 'cms-preview')");
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, INPUTS);
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  /** Marks the slug as the editor's own, so that it no longer follows the title. */
  public void slugChanged() {
    slugEdited = fields.getSlug() != null && !fields.getSlug().isBlank();
  }

  public String getSlugPreview() {
    if (slugEdited || saved != null) {
      return fields.getSlug();
    }
    return isBlank(fields.getTitle()) ? "" : Slug.fromTitle(fields.getTitle()).value();
  }

  private void save(ArticleStatus status, Instant at, String successKey) throws IOException {
    if (isBlank(fields.getTitle())) {
      Notices.errorAt("editor:title", "editor.title.required");
      return;
    }
    if (!isBlank(fields.getFeaturedImage()) && isBlank(fields.getFeaturedImageAlt())) {
      Notices.errorAt("editor:featuredImageAlt", "editor.featuredImage.alt.required");
      return;
    }
    boolean created = saved == null;
    try {
      ArticleDetails result = created
          ? articles.create(fields.toInput(status, at, !slugEdited), me.actor())
          : articles.update(id, fields.toInput(status, at, false), saved.version(), false, me.actor());
      show(result);
      offeredAutosave = null;
      Notices.success(successKey, result.title());
      if (created) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/edit.xhtml?id=" + result.id());
      }
    } catch (StaleVersionException e) {
      conflict = conflicts.between(fields, id);
      Notices.error("editor.conflict");
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, INPUTS);
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  private void show(ArticleDetails article) {
    saved = article;
    id = article.id();
    fields = EditorFields.of(article);
    slugEdited = true;
    publishAt = article.publishAt() == null ? null : LocalDateTime.ofInstant(article.publishAt(), dates.zone());
  }

  /** A scheduled article keeps its date when saved, unless the editor schedules it anew. */
  private Instant keptPublishAt() {
    return saved != null && saved.status() == ArticleStatus.SCHEDULED ? saved.publishAt() : null;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public boolean isNew() {
    return saved == null;
  }

  public String getStatus() {
    return saved == null ? "NEW" : saved.status().name();
  }

  public ArticleDetails getSaved() {
    return saved;
  }

  /** Where readers find the article, while it is published. */
  public String getPublicUrl() {
    return saved != null && saved.status() == ArticleStatus.PUBLISHED ? "/" + saved.slug() + "/" : null;
  }

  public List<String> completeTags(String query) {
    return tagSuggestions.matching(query);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isEditable() {
    return editable;
  }

  public EditorFields getFields() {
    return fields;
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public EditConflict getConflict() {
    return conflict;
  }

  public String getKeptText() {
    return keptText;
  }

  public AutosaveDetails getOfferedAutosave() {
    return offeredAutosave;
  }

  public String getAutosavedAt() {
    return autosavedAt == null ? null : dates.format(autosavedAt);
  }
}
