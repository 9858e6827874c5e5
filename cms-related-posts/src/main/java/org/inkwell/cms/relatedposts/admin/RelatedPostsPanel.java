package org.inkwell.cms.relatedposts.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.relatedposts.internal.Curation;
import org.inkwell.cms.relatedposts.internal.CurationRules;
import org.inkwell.cms.relatedposts.internal.Pick;
import org.inkwell.cms.relatedposts.internal.Reasons;
import org.inkwell.cms.relatedposts.internal.RelatedPostsPlugin;
import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

/**
 * The Recommended Posts panel of the article editor: the article's stored list with the reasons of
 * each pick, what readers see, and for editors the pins and exclusions that steer the list.
 *
 * <p>The editor passes the article as a view parameter of the fragment, so the view binds the panel
 * with {@link #forArticle} before reading it. After a change the engine recomputes the list in the
 * background; the view polls {@link #refreshList} until the stored list follows the change.
 */
@Named("relatedPostsPanel")
@ViewScoped
public class RelatedPostsPanel implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Titles offered by the search as the editor types. */
  private static final int SUGGESTIONS = 8;
  /** Lists follow a change within 1–3 s; past this the panel stops waiting (and polling). */
  private static final long AWAIT_MILLIS = 8_000;

  @Inject RelatedPostsPlugin plugin;
  @Inject ArticleCatalog catalog;
  @Inject CallerPermissions permissions;

  private boolean bound;
  private Long articleId;
  /** Before the engine has read the published articles, none counts as published. */
  private boolean starting;
  private boolean published;
  private List<ListedPost> listed = List.of();
  private List<PostView> preview = List.of();
  /** What the editor steers; {@code null} for those who only read the list. */
  private Curation curation;
  private List<PostView> pinned = List.of();
  private List<PostView> excluded = List.of();
  private Long chosenId;
  private long awaitUntil;

  /**
   * Binds the panel to the editor's article and returns it for the view: called by every
   * expression of the fragment, it loads only when the article differs.
   *
   * @param id {@code null} for an article never saved
   */
  public RelatedPostsPanel forArticle(Long id) {
    if (!bound || !Objects.equals(id, articleId)) {
      bound = true;
      articleId = id;
      chosenId = null;
      awaitUntil = 0;
      load();
    }
    return this;
  }

  /** Titles of published posts the editor may pin, for what they typed. */
  public List<PostView> suggest(String typed) {
    if (curation == null) {
      return List.of();
    }
    return catalog.search(typed, SUGGESTIONS + curation.pinned().size() + 1).stream()
        .filter(card -> !articleId.equals(card.id()) && !curation.pinned().contains(card.id()) && plugin.isPublished(card.id()))
        .limit(SUGGESTIONS)
        .map(PostView::of)
        .toList();
  }

  /** Pins the post chosen in the search, and leaves the search empty and focused for the next one. */
  public void pinChosen(AjaxBehaviorEvent event) {
    Long id = chosenId;
    chosenId = null;
    if (id != null) {
      change(CurationEdits.pin(curationOrNone(), id), "curation.pinned", titleOf(id));
      focus(event.getComponent().getClientId());
    }
  }

  public void unpin(long id) {
    change(CurationEdits.unpin(curationOrNone(), id), "curation.unpinned", titleOf(id));
  }

  public void exclude(long id) {
    change(CurationEdits.exclude(curationOrNone(), id), "curation.excluded", titleOf(id));
  }

  public void unexclude(long id) {
    change(CurationEdits.unexclude(curationOrNone(), id), "curation.unexcluded", titleOf(id));
  }

  public void moveUp(long id) {
    move(CurationEdits.moveUp(curationOrNone(), id), id, RowFocus.MOVE_UP);
  }

  public void moveDown(long id) {
    move(CurationEdits.moveDown(curationOrNone(), id), id, RowFocus.MOVE_DOWN);
  }

  /** A pin dragged to another row: the mouse stays where it dropped it, no focus to move. */
  public void reorder(ReorderEvent event) {
    List<Long> before = curationOrNone().pinned();
    if (event.getFromIndex() >= 0 && event.getFromIndex() < before.size()) {
      long id = before.get(event.getFromIndex());
      move(CurationEdits.movePin(curationOrNone(), event.getFromIndex(), event.getToIndex()), id, null);
    }
  }

  /** Reads the stored list again; stops waiting once it follows the latest change. */
  public void refreshList() {
    if (awaitUntil == 0) {
      return;
    }
    List<Pick> picks = loadList();
    if (System.currentTimeMillis() > awaitUntil || AppliedCuration.isApplied(picks, curation, plugin::isPublished)) {
      awaitUntil = 0;
    }
  }

  public boolean isStarting() {
    return starting;
  }

  public boolean isPublished() {
    return published;
  }

  public boolean isEditable() {
    return curation != null;
  }

  /** While the list is being recomputed after a change. */
  public boolean isAwaitingList() {
    return awaitUntil != 0;
  }

  public List<ListedPost> getListed() {
    return listed;
  }

  /** The block as readers see it: the first cards of the stored list. */
  public List<PostView> getPreview() {
    return preview;
  }

  /**
   * A fresh list on each call: dragging a row reorders the table's list in place before {@link
   * #reorder} applies the move to the stored pins.
   */
  public List<PostView> getPinned() {
    return new ArrayList<>(pinned);
  }

  public List<PostView> getExcluded() {
    return excluded;
  }

  public int getMaxPosts() {
    return CurationRules.MAX_POSTS;
  }

  public Long getChosenId() {
    return chosenId;
  }

  public void setChosenId(Long chosenId) {
    this.chosenId = chosenId;
  }

  private void load() {
    starting = plugin.status().map(s -> !s.started()).orElse(true);
    published = articleId != null && plugin.isPublished(articleId);
    curation = published && permissions.isEditor() ? plugin.curation(articleId) : null;
    loadList();
    showCuration();
  }

  /** The stored list and the preview; returns the picks for checking them. */
  private List<Pick> loadList() {
    if (!published) {
      listed = List.of();
      preview = List.of();
      return List.of();
    }
    List<Pick> picks = plugin.listOf(articleId).orElse(List.of());
    Map<Long, PostView> posts = views(picks.stream().map(Pick::articleId).toList());
    // A post withdrawn a moment ago has no card: left out, as the block leaves it out.
    listed = picks.stream()
        .filter(p -> posts.containsKey(p.articleId()))
        .map(p -> new ListedPost(posts.get(p.articleId()), p, Reasons.of(p, plugin::categoryName)))
        .toList();
    preview = listed.stream().limit(plugin.settings().count()).map(ListedPost::getPost).toList();
    return picks;
  }

  private void showCuration() {
    if (curation == null) {
      pinned = List.of();
      excluded = List.of();
      return;
    }
    Map<Long, PostView> posts = views(concat(curation.pinned(), curation.excluded()));
    pinned = curation.pinned().stream().map(id -> posts.getOrDefault(id, PostView.unpublished(id))).toList();
    excluded = curation.excluded().stream().map(id -> posts.getOrDefault(id, PostView.unpublished(id))).toList();
  }

  /** @param pressed the Move up or Move down button, or {@code null} for a drag */
  private void move(Curation proposed, long id, String pressed) {
    int to = proposed.pinned().indexOf(id);
    if (proposed.equals(curation) || to < 0) {
      return;
    }
    if (change(proposed, "curation.moved", titleOf(id), to + 1) && pressed != null) {
      focusRow(to, RowFocus.buttonAfterMove(pressed, to, proposed.pinned().size()));
    }
  }

  /** Checks and stores the editor's change, then waits for the list to follow; false if refused. */
  private boolean change(Curation proposed, String successKey, Object... args) {
    if (curation == null || !permissions.isEditor()) {
      AdminTexts.error("curation.notAllowed");
      return false;
    }
    if (!plugin.isPublished(articleId)) {
      // Unpublished since the editor opened: recommendations are for published articles only.
      AdminTexts.error("panel.notPublished");
      return false;
    }
    List<CurationRules.Problem> problems = CurationRules.check(articleId, curation, proposed, plugin::isPublished);
    if (!problems.isEmpty()) {
      problems.forEach(p -> AdminTexts.error(
          "problem." + p.rule().name(), AdminTexts.text("list." + p.list()), CurationRules.MAX_POSTS, titleOf(p.articleId())));
      return false;
    }
    try {
      plugin.curate(articleId, proposed.pinned(), proposed.excluded());
    } catch (CmsException e) {
      AdminTexts.error("curation.failed", e.getMessage());
      return false;
    }
    curation = plugin.curation(articleId);
    showCuration();
    awaitUntil = System.currentTimeMillis() + AWAIT_MILLIS;
    AdminTexts.success(successKey, args);
    return true;
  }

  /** The curation edited; none for those who only read the list, whose changes are refused anyway. */
  private Curation curationOrNone() {
    return curation == null ? new Curation(List.of(), List.of()) : curation;
  }

  private Map<Long, PostView> views(List<Long> ids) {
    Map<Long, PostView> views = new HashMap<>();
    for (ArticleCard card : plugin.cards(ids)) {
      views.put(card.id(), PostView.of(card));
    }
    return views;
  }

  private String titleOf(Long id) {
    if (id == null) {
      return "";
    }
    return plugin.cards(List.of(id)).stream().findFirst().map(ArticleCard::title)
        .orElseGet(() -> AdminTexts.text("post.unpublished", id));
  }

  /** Keeps the keyboard on the moved post, now in another row; the pressed button is the current component. */
  private static void focusRow(int row, String buttonId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    UIComponent pressed = UIComponent.getCurrentComponent(faces);
    if (pressed != null) {
      String target = RowFocus.inRow(pressed.getClientId(faces), UINamingContainer.getSeparatorChar(faces), row, buttonId);
      if (target != null) {
        focus(target);
      }
    }
  }

  /** Focuses a component after the update; its client id is made of id characters only. */
  private static void focus(String clientId) {
    PrimeFaces.current().executeScript("PrimeFaces.focus('" + clientId + "');");
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
