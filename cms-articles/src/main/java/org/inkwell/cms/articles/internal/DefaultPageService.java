package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.PageQuery;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.event.PageChanged;

@ApplicationScoped
@Transactional
public class DefaultPageService implements PageService {

  private static final Set<ArticleStatus> NOT_TRASHED = EnumSet.complementOf(EnumSet.of(ArticleStatus.TRASHED));

  @Inject PageRepository pages;
  @Inject ArticleRepository contents;
  @Inject UserRepository users;
  @Inject AfterCommitEvents events;
  @Inject AutosaveRepository autosaves;
  @Resource TransactionSynchronizationRegistry transaction;

  @Override
  public PageDetails create(PageInput in, Actor actor) {
    Permissions.requireSignedIn(actor);
    PageInputRules.check(in, true);
    User author = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Page page = new Page(author, now);
    applyFields(page, in, false, actor);
    applyStatus(page, in.status(), actor, now);
    contents.save(page);
    contents.flush();
    autosaves().discard(author.getId(), Page.KIND, null);
    announce(null, page, now);
    return PageViews.details(page);
  }

  @Override
  public PageDetails update(long id, PageInput in, long basedOnVersion, boolean partial, Actor actor) {
    Permissions.requireSignedIn(actor);
    Page page = editable(id, actor);
    if (page.getVersion() != basedOnVersion) {
      throw new StaleVersionException(basedOnVersion, page.getVersion());
    }
    PageInputRules.check(in, !partial);
    User editor = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ArticleStatus before = page.getStatus();
    ContentSnapshot content = ContentSnapshot.of(page);
    applyFields(page, in, partial, actor);
    if (in.status() != null || !partial) {
      applyStatus(page, in.status(), actor, now);
    }
    if (!content.sameContentAs(page)) {
      contents.save(new ArticleRevision(page, contents.nextRevisionNumber(id), content));
    }
    page.touch(editor, now);
    contents.flush();
    autosaves().discard(editor.getId(), Page.KIND, id);
    announce(before, page, now);
    return PageViews.details(page);
  }

  @Override
  public PageDetails trash(long id, Long basedOnVersion, Actor actor) {
    Permissions.requireSignedIn(actor);
    Page page = editable(id, actor);
    if (basedOnVersion != null && page.getVersion() != basedOnVersion) {
      throw new StaleVersionException(basedOnVersion, page.getVersion());
    }
    if (page.getStatus() != ArticleStatus.TRASHED) {
      ArticleStatus before = page.getStatus();
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      page.setStatus(ArticleStatus.TRASHED);
      page.touch(users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new), now);
      contents.flush();
      announce(before, page, now);
    }
    return PageViews.details(page);
  }

  @Override
  public PageDetails find(long id, Actor actor) {
    return PageViews.details(visible(id, actor));
  }

  @Override
  public PageDetails preview(Long id, PageInput in, Actor actor) {
    Permissions.requireSignedIn(actor);
    PageInputRules.check(in, true);
    Page page;
    if (id == null) {
      User author = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
      page = new Page(author, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    } else {
      page = editable(id, actor);
    }
    return UnsavedChanges.preview(page, p -> applyFields(p, in, false, actor), PageViews::details, contents, transaction);
  }

  @Override
  public PageDetails move(long id, int places, Actor actor) {
    Permissions.requireSignedIn(actor);
    Page page = editable(id, actor);
    if (page.getStatus() == ArticleStatus.TRASHED) {
      throw new ContentConflictException("page-trashed", "The page is in the trash; restore it first.");
    }
    List<Page> siblings = pages.findAll(NOT_TRASHED, null).stream()
        .filter(p -> Objects.equals(parentId(p), parentId(page)))
        .toList();
    Map<Long, Integer> orders = SiblingOrder.move(
        siblings.stream().map(p -> new SiblingOrder.Sibling(p.getId(), p.getMenuOrder())).toList(), id, places);
    User editor = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<Page> moved = siblings.stream().filter(p -> orders.containsKey(p.getId())).toList();
    for (Page sibling : moved) {
      ContentAccess.editable(Optional.of(sibling), "page", sibling.getId(), actor);
      sibling.setMenuOrder(orders.get(sibling.getId()));
      sibling.touch(editor, now);
    }
    contents.flush();
    moved.forEach(p -> announce(p.getStatus(), p, now));
    return PageViews.details(page);
  }

  @Override
  public ResultPage<PageDetails> list(PageQuery query, PageRequest request, Actor actor) {
    Set<ArticleStatus> statuses =
        query.statuses() == null || query.statuses().isEmpty()
            ? EnumSet.of(ArticleStatus.PUBLISHED)
            : query.statuses();
    Long ownerId = null;
    if (!statuses.equals(EnumSet.of(ArticleStatus.PUBLISHED))) {
      Permissions.requireSignedIn(actor);
      ownerId = actor.hasAnyRole(Role.ADMIN, Role.EDITOR) ? null : actor.userId();
    }
    List<Page> matching =
        PageTree.inTreeOrder(pages.findAll(statuses, ownerId), Page::getId, DefaultPageService::parentId).stream()
            .filter(p -> query.parent() == null || query.parent().equals(parentIdOrZero(p)))
            .filter(p -> query.slug() == null || query.slug().equals(p.getSlug()))
            .toList();
    List<PageDetails> shown =
        matching.stream()
            .skip(request.offset())
            .limit(request.perPage())
            .map(PageViews::details)
            .toList();
    return new ResultPage<>(shown, matching.size(), request);
  }

  @Override
  public Optional<PageDetails> findPublished(String slug) {
    return pages.findBySlug(slug)
        .or(() -> pages.findByOldSlug(slug))
        .filter(PageViews::isReachable)
        .map(PageViews::details);
  }

  @Override
  public List<PageDetails> published() {
    return PageTree.inTreeOrder(
            pages.findAll(EnumSet.of(ArticleStatus.PUBLISHED), null), Page::getId, DefaultPageService::parentId)
        .stream()
        .filter(PageViews::isReachable)
        .map(PageViews::details)
        .toList();
  }

  @Override
  public List<RevisionDetails> revisions(long id, Actor actor) {
    Permissions.requireSignedIn(actor);
    editable(id, actor);
    return contents.revisions(id).stream().map(ArticleViews::revision).toList();
  }

  @Override
  public PageDetails restoreRevision(long pageId, int number, long basedOnVersion, Actor actor) {
    Permissions.requireSignedIn(actor);
    editable(pageId, actor);
    ArticleRevision revision =
        contents
            .findRevision(pageId, number)
            .orElseThrow(() -> new ContentNotFoundException("revision", pageId + "/" + number));
    PageInput restoring =
        new PageInput(revision.getTitle(), null, revision.getBody(), null, null, null, null, null, null);
    return update(pageId, restoring, basedOnVersion, true, actor);
  }

  @Override
  public AutosaveDetails autosave(Long pageId, String title, String body, Actor actor) {
    Permissions.requireSignedIn(actor);
    Page page = pageId == null ? null : editable(pageId, actor);
    return autosaves().keep(Page.KIND, page, title, body, null, actor);
  }

  @Override
  public Optional<AutosaveDetails> findAutosave(Long pageId, Actor actor) {
    Permissions.requireSignedIn(actor);
    if (pageId != null) {
      editable(pageId, actor);
    }
    return autosaves().find(Page.KIND, pageId, actor);
  }

  @Override
  public void discardAutosave(Long pageId, Actor actor) {
    Permissions.requireSignedIn(actor);
    // No permission check beyond signing in: it only ever deletes the actor's own autosave.
    autosaves().discard(actor.userId(), Page.KIND, pageId);
  }

  private ContentAutosaves autosaves() {
    return new ContentAutosaves(autosaves, users);
  }

  private static Long parentId(Page page) {
    return page.getParent() == null ? null : page.getParent().getId();
  }

  private static Long parentIdOrZero(Page page) {
    return page.getParent() == null ? 0L : page.getParent().getId();
  }

  private Page visible(long id, Actor actor) {
    return ContentAccess.visible(pages.find(id), "page", id, actor);
  }

  private Page editable(long id, Actor actor) {
    return ContentAccess.editable(pages.find(id), "page", id, actor);
  }

  private void applyFields(Page page, PageInput in, boolean partial, Actor actor) {
    ContentFields.applyTitleAndBody(page, in.title(), in.body(), partial);
    new ContentSlugs(contents).apply(page, in.slug(), actor);
    // Pages show no excerpt; the generated one is the meta description's fallback.
    page.setExcerpt(Excerpts.generate(page.getBody()), false);
    if (in.parent() != null || !partial) {
      page.setParent(parent(page, in.parent() == null ? 0 : in.parent()));
    }
    if (in.menuOrder() != null || !partial) {
      page.setMenuOrder(in.menuOrder() == null ? 0 : in.menuOrder());
    }
    ContentFields.applyFeaturedImage(page, in.featuredImage(), in.featuredImageAlt(), partial);
    ContentFields.applySeo(page.getSeo(), in.seo(), partial);
  }

  private Page parent(Page page, long parentId) {
    if (parentId == 0) {
      return null;
    }
    PageTree.requireAllowedParent(page.getId(), parentId, pages::parentIdOf);
    Page parent =
        pages.find(parentId).orElseThrow(() -> new InvalidInputException("parent", "no page " + parentId));
    if (parent.getStatus() == ArticleStatus.TRASHED) {
      throw new InvalidInputException("parent", "page " + parentId + " is in the trash");
    }
    return parent;
  }

  /** Drafts and published pages only; no review or schedule, as pages are not in the stream. */
  private static void applyStatus(Page page, ArticleStatus requested, Actor actor, Instant now) {
    ArticleStatus before = page.getId() == null ? null : page.getStatus();
    ArticleStatus next = Workflow.next(before, requested, null, now, actor, page.getAuthor().getId());
    page.setStatus(next);
    if (next == ArticleStatus.PUBLISHED && before != ArticleStatus.PUBLISHED) {
      page.setPublishedAt(now);
    }
  }

  /** Tells the site when readers see (or saw) the page: their copies are out of date. */
  private void announce(ArticleStatus before, Page page, Instant now) {
    if (before == ArticleStatus.PUBLISHED || page.getStatus() == ArticleStatus.PUBLISHED) {
      events.fire(new PageChanged(page.getId(), now));
    }
  }
}
