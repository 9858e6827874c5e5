package org.inkwell.cms.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.inkwell.cms.articles.BodyMarkup;
import org.inkwell.cms.articles.ContentHistory;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.web.site.SiteConfig;
import org.primefaces.PrimeFaces;

/**
 * The editor of articles and pages ({@code kind=page} in its address): writing, the publishing
 * workflow, preview, autosave and edit conflicts, the same for both kinds. The form's state lives
 * in {@link EditorFields}; this page turns buttons into calls of the kind's {@link ContentEditing}.
 */
@Named
@ViewScoped
public class EditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContentKinds kinds;
  @Inject PageEditing pages;
  @Inject SignedInUser me;
  @Inject AdminDates dates;
  @Inject Previews previews;
  @Inject SiteConfig site;
  @Inject TagSuggestions tagSuggestions;
  @Inject BodyMarkup markup;
  @Inject ContentHistory history;

  private String kind;
  private Long id;
  private boolean loaded;
  private boolean editable = true;
  private StoredContent saved;
  private EditorFields fields = new EditorFields();
  private boolean slugEdited;
  private LocalDateTime publishAt;
  private EditConflict conflict;
  private String keptText;
  private AutosaveDetails offeredAutosave;
  private Instant autosavedAt;
  private int autosavedHash;
  private final PerRequest<List<PageOutline.Row>> parents = new PerRequest<>();
  private transient String checkedBody;
  private transient List<String> bodyWarnings = List.of();

  /** Reads the article or page named in the address, or starts a new one; once per view. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      if (id != null) {
        StoredContent found = editing().find(id);
        if (!me.isEditor() && !found.authorLogin().equals(me.getLogin())) {
          // Readable because it is published, but another author's to change.
          throw new AccessDeniedException("not the author");
        }
        show(found);
      }
      offeredAutosave = editing().findAutosave(id)
          .filter(a -> saved == null || a.savedAt().isAfter(saved.updatedAt()))
          .filter(a -> saved == null || !Objects.equals(a.body(), saved.body()) || !Objects.equals(a.title(), saved.title()))
          .orElse(null);
    } catch (ContentNotFoundException e) {
      editable = false;
      Notices.error("editor.notFound", noun());
    } catch (AccessDeniedException e) {
      editable = false;
      Notices.error("editor.notYours", noun());
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
      show(editing().trash(id, saved.version()));
      Notices.success("editor.trashed", saved.title());
    } catch (StaleVersionException e) {
      conflict = EditConflict.between(fields, editing().find(id), lastSaver());
      Notices.error("editor.conflict", noun());
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  /** Saves what this editor wrote over the other person's save, which stays in the revisions. */
  public void saveMineAnyway() throws IOException {
    saved = conflict.theirs();
    conflict = null;
    save(null, keptPublishAt(), "editor.saved");
  }

  /** Shows the other person's version; this editor's text stays on the page to copy from. */
  public void loadTheirs() {
    keptText = "<h1>" + fields.getTitle() + "</h1>\n" + fields.getBody();
    editing().autosave(id, fields.getTitle(), fields.getBody(), fields.getExcerpt());
    show(conflict.theirs());
    conflict = null;
    Notices.success("editor.conflict.loaded");
  }

  /** What saving would remove from the text as it is in the form now (typed in the HTML view). */
  public List<String> getBodyWarnings() {
    String body = fields.getBody();
    if (!Objects.equals(body, checkedBody)) {
      bodyWarnings = isBlank(body) ? List.of() : SanitiserLosses.between(body, markup.sanitised(body));
      checkedBody = body;
    }
    return bodyWarnings;
  }

  public void autosave() {
    String body = fields.getBody();
    int hash = Objects.hash(fields.getTitle(), body, fields.getExcerpt());
    boolean unchanged = saved != null && Objects.equals(fields.getTitle(), saved.title())
        && Objects.equals(body, saved.body()) && Objects.equals(fields.getExcerpt(), saved.excerpt());
    if (!editable || unchanged || hash == autosavedHash || isBlank(fields.getTitle()) && isBlank(body)) {
      return;
    }
    try {
      editing().autosave(id, fields.getTitle(), body, fields.getExcerpt());
      autosavedAt = Instant.now();
      autosavedHash = hash;
    } catch (CmsException e) {
      // The next save reports the problem at its field; an autosave never interrupts typing.
    }
  }

  public void restoreAutosave() {
    fields.setTitle(offeredAutosave.title());
    fields.setBody(offeredAutosave.body());
    fields.setExcerpt(isPage() ? null : offeredAutosave.excerpt());
    offeredAutosave = null;
    Notices.success("editor.autosave.restored");
  }

  public void discardAutosave() {
    editing().discardAutosave(id);
    offeredAutosave = null;
  }

  public void preview() {
    try {
      String html = editing().preview(id, fields, keptPublishAt(), !slugEdited && saved == null, siteBase());
      PrimeFaces.current().executeScript("window.open('/admin/preview/" + previews.keep(html) + "', 'cms-preview')");
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, editing().inputs());
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

  /** What comes before the slug in the address: a page's parent pages ({@code about/}). */
  public String getAddressPrefix() {
    if (!isPage() || fields.getParent() == null) {
      return "";
    }
    return getParentChoices().stream()
        .filter(row -> row.page().id() == fields.getParent())
        .map(row -> row.page().path() + "/")
        .findFirst()
        .orElse("");
  }

  /** The pages this page may be placed under, in tree order; none for articles. */
  public List<PageOutline.Row> getParentChoices() {
    return isPage()
        ? parents.get(() -> PageOutline.parentsFor(pages.all(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED)), id))
        : List.of();
  }

  private void save(ArticleStatus status, Instant at, String successKey) throws IOException {
    if (isBlank(fields.getTitle())) {
      Notices.errorAt("editor:title", "editor.title.required", noun());
      return;
    }
    if (!isBlank(fields.getFeaturedImage()) && isBlank(fields.getFeaturedImageAlt())) {
      Notices.errorAt("editor:featuredImageAlt", "editor.featuredImage.alt.required");
      return;
    }
    boolean created = saved == null;
    try {
      StoredContent result = created
          ? editing().create(fields, status, at, !slugEdited)
          : editing().update(id, fields, status, at, saved.version());
      show(result);
      offeredAutosave = null;
      Notices.success(successKey, result.title());
      if (created) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/edit.xhtml?id=" + result.id()
            + (isPage() ? "&kind=" + PageEditing.KIND : ""));
      }
    } catch (StaleVersionException e) {
      conflict = EditConflict.between(fields, editing().find(id), lastSaver());
      Notices.error("editor.conflict", noun());
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, editing().inputs());
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  private void show(StoredContent content) {
    saved = content;
    id = content.id();
    fields = content.form();
    slugEdited = true;
    publishAt = content.publishAt() == null ? null : LocalDateTime.ofInstant(content.publishAt(), dates.zone());
    parents.forget();
  }

  /** A scheduled article keeps its date when saved, unless the editor schedules it anew. */
  private Instant keptPublishAt() {
    return saved != null && saved.status() == ArticleStatus.SCHEDULED ? saved.publishAt() : null;
  }

  /** Who saved the current version, by name. */
  private String lastSaver() {
    return history.lastSavedBy(id, me.actor()).map(Person::name).orElse("");
  }

  private ContentEditing editing() {
    return kinds.named(kind);
  }

  private String noun() {
    return editing().noun();
  }

  /** A text of the admin's bundle that names what is edited as its <code>{0}</code>. */
  public String text(String key) {
    return editing().text(key);
  }

  private String siteBase() {
    HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return site.base(request.getScheme(), request.getHeader("Host"), request.getServerName(), request.getServerPort());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public boolean isPage() {
    return PageEditing.KIND.equals(kind);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isNew() {
    return saved == null;
  }

  public String getStatus() {
    return saved == null ? "NEW" : saved.status().name();
  }

  public StoredContent getSaved() {
    return saved;
  }

  /** Where readers find it, while it is published. */
  public String getPublicUrl() {
    return saved != null && saved.status() == ArticleStatus.PUBLISHED ? "/" + saved.publicPath() + "/" : null;
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
