package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;

@ApplicationScoped
@Transactional
public class DefaultArticleService implements ArticleService {

  static final String DEFAULT_CATEGORY = "uncategorized";

  @Inject ArticleRepository articles;
  @Inject TaxonomyRepository taxonomy;
  @Inject UserRepository users;
  @Inject AfterCommitEvents events;
  @Inject NewTags newTags;
  @Inject AutosaveRepository autosaves;
  @Resource TransactionSynchronizationRegistry transaction;

  @Override
  public ArticleDetails create(ArticleInput in, Actor actor) {
    Permissions.requireSignedIn(actor);
    ArticleInputRules.check(in, true);
    User author = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Article article = new Article(author, now);
    checkPublishAt(article, in, actor);
    applyFields(article, in, false, actor);
    applyStatus(article, in, false, actor, now);
    applyTags(article, in, false);
    articles.save(article);
    articles.flush();
    autosaves().discard(author.getId(), Article.KIND, null);
    if (article.getStatus() == ArticleStatus.PUBLISHED) {
      events.fire(new ArticlePublished(ArticleViews.ref(article), now));
    }
    return ArticleViews.details(article);
  }

  @Override
  public ArticleDetails preview(Long id, ArticleInput in, Actor actor) {
    Permissions.requireSignedIn(actor);
    ArticleInputRules.check(in, true);
    Article article;
    if (id == null) {
      User author = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
      article = new Article(author, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    } else {
      article = editable(id, actor);
    }
    // New tags are shown unsaved: creating them would commit at once (see NewTags).
    return UnsavedChanges.preview(
        article,
        a -> applyFields(a, in, false, actor),
        a -> ArticleViews.details(a, previewTags(tagNames(in))),
        articles,
        transaction);
  }

  @Override
  public ArticleDetails update(
      long id, ArticleInput in, long basedOnVersion, boolean partial, Actor actor) {
    Permissions.requireSignedIn(actor);
    Article article = editable(id, actor);
    if (article.getVersion() != basedOnVersion) {
      throw new StaleVersionException(basedOnVersion, article.getVersion());
    }
    ArticleInputRules.check(in, !partial);
    checkPublishAt(article, in, actor);
    User editor = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ArticleStatus before = article.getStatus();
    ArticleRef previous = ArticleViews.ref(article);
    ContentSnapshot content = ContentSnapshot.of(article);
    applyFields(article, in, partial, actor);
    applyStatus(article, in, partial, actor, now);
    applyTags(article, in, partial);
    if (!content.sameContentAs(article)) {
      articles.save(new ArticleRevision(article, articles.nextRevisionNumber(id), content));
    }
    article.touch(editor, now);
    articles.flush();
    autosaves().discard(editor.getId(), Article.KIND, id);
    fireTransition(events, before, article, previous, now);
    return ArticleViews.details(article);
  }

  @Override
  public ArticleDetails trash(long id, Long basedOnVersion, Actor actor) {
    Permissions.requireSignedIn(actor);
    Article article = editable(id, actor);
    if (basedOnVersion != null && article.getVersion() != basedOnVersion) {
      throw new StaleVersionException(basedOnVersion, article.getVersion());
    }
    if (article.getStatus() != ArticleStatus.TRASHED) {
      article.setStatus(ArticleStatus.TRASHED);
      article.touch(users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new), Instant.now().truncatedTo(ChronoUnit.MILLIS));
      articles.flush();
      events.fire(new ArticleTrashed(ArticleViews.ref(article), article.getUpdatedAt()));
    }
    return ArticleViews.details(article);
  }

  @Override
  public ArticleDetails find(long id, Actor actor) {
    return ArticleViews.details(visible(id, actor));
  }

  @Override
  public ResultPage<ArticleDetails> list(ArticleQuery query, PageRequest page, Actor actor) {
    return list(query, ArticleSort.NEWEST_FIRST, page, actor);
  }

  @Override
  public ResultPage<ArticleDetails> list(
      ArticleQuery query, ArticleSort sort, PageRequest page, Actor actor) {
    Set<ArticleStatus> statuses =
        query.statuses() == null || query.statuses().isEmpty()
            ? EnumSet.of(ArticleStatus.PUBLISHED)
            : query.statuses();
    Long ownerId = null;
    if (!statuses.equals(EnumSet.of(ArticleStatus.PUBLISHED))) {
      Permissions.requireSignedIn(actor);
      ownerId = ownerFilter(actor);
    }
    ArticleQuery effective =
        new ArticleQuery(
            statuses, query.categories(), query.tag(), query.author(), query.slug(), ContentFields.blankToNull(query.text()));
    ArticleRepository.Page result = articles.list(effective, ownerId, sort, page);
    return new ResultPage<>(
        result.articles().stream().map(ArticleViews::details).toList(), result.total(), page);
  }

  @Override
  public Map<ArticleStatus, Long> countByStatus(Actor actor) {
    Permissions.requireSignedIn(actor);
    Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
    for (ArticleStatus status : ArticleStatus.values()) {
      counts.put(status, 0L);
    }
    counts.putAll(articles.countByStatus(ownerFilter(actor)));
    return counts;
  }

  @Override
  public Optional<ArticleDetails> findPublished(String slug) {
    return articles.findBySlug(slug)
        .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
        .map(ArticleViews::details);
  }

  @Override
  public List<ArticleDetails> stickyPublished(int limit) {
    return articles.findStickyPublished(limit).stream().map(ArticleViews::details).toList();
  }

  @Override
  public Optional<String> currentSlug(String formerSlug) {
    return articles.findByOldSlug(formerSlug)
        .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
        .map(Article::getSlug);
  }

  @Override
  public List<RevisionDetails> revisions(long id, Actor actor) {
    Permissions.requireSignedIn(actor);
    editable(id, actor);
    return articles.revisions(id).stream().map(ArticleViews::revision).toList();
  }

  @Override
  public ArticleDetails restoreRevision(long articleId, int number, long basedOnVersion, Actor actor) {
    Permissions.requireSignedIn(actor);
    editable(articleId, actor);
    ArticleRevision revision =
        articles
            .findRevision(articleId, number)
            .orElseThrow(() -> new ContentNotFoundException("revision", articleId + "/" + number));
    return update(articleId, restoring(revision), basedOnVersion, true, actor);
  }

  @Override
  public AutosaveDetails autosave(
      Long articleId, String title, String body, String excerpt, Actor actor) {
    Permissions.requireSignedIn(actor);
    Article article = articleId == null ? null : editable(articleId, actor);
    return autosaves().keep(Article.KIND, article, title, body, excerpt, actor);
  }

  @Override
  public Optional<AutosaveDetails> findAutosave(Long articleId, Actor actor) {
    Permissions.requireSignedIn(actor);
    if (articleId != null) {
      editable(articleId, actor);
    }
    return autosaves().find(Article.KIND, articleId, actor);
  }

  @Override
  public void discardAutosave(Long articleId, Actor actor) {
    Permissions.requireSignedIn(actor);
    // No permission check beyond signing in: it only ever deletes the actor's own autosave.
    autosaves().discard(actor.userId(), Article.KIND, articleId);
  }

  @Override
  public int publishDueArticles() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<Article> due = articles.findDue(now);
    for (Article article : due) {
      article.setStatus(ArticleStatus.PUBLISHED);
      article.setPublishedAt(article.getPublishAt());
      events.fire(new ArticlePublished(ArticleViews.ref(article), now));
    }
    articles.flush();
    return due.size();
  }

  private ContentAutosaves autosaves() {
    return new ContentAutosaves(autosaves, users);
  }

  private Article visible(long id, Actor actor) {
    return ContentAccess.visible(articles.find(id), "article", id, actor);
  }

  private Article editable(long id, Actor actor) {
    return ContentAccess.editable(articles.find(id), "article", id, actor);
  }

  /** Whose unpublished articles an actor may see: everyone's ({@code null}) or only their own. */
  private static Long ownerFilter(Actor actor) {
    return actor.hasAnyRole(Role.ADMIN, Role.EDITOR) ? null : actor.userId();
  }

  /** A partial update back to a revision's content. */
  private static ArticleInput restoring(ArticleRevision revision) {
    // Revisions do not record whether the excerpt was the editor's own; one equal to the generated
    // excerpt is taken as generated, so that it keeps following the body.
    boolean generated = revision.getExcerpt().equals(Excerpts.generate(revision.getBody()));
    return new ArticleInput(
        revision.getTitle(),
        null,
        revision.getBody(),
        generated ? "" : revision.getExcerpt(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null, null);
  }

  /** Every field but the tags and the workflow state. */
  private void applyFields(Article article, ArticleInput in, boolean partial, Actor actor) {
    ContentFields.applyTitleAndBody(article, in.title(), in.body(), partial);
    new ContentSlugs(articles).apply(article, in.slug(), actor);
    if (in.excerpt() != null || !partial) {
      String manual = in.excerpt() == null ? "" : Excerpts.manual(in.excerpt());
      article.setExcerpt(manual.isEmpty() ? Excerpts.generate(article.getBody()) : manual, !manual.isEmpty());
    } else if (!article.isExcerptManual()) {
      article.setExcerpt(Excerpts.generate(article.getBody()), false);
    }
    if (in.category() != null || !partial) {
      String slug = in.category() == null ? DEFAULT_CATEGORY : in.category();
      article.setPrimaryCategory(
          taxonomy
              .findCategoryBySlug(slug)
              .orElseThrow(() -> new InvalidInputException("category", "no category " + slug)));
    }
    if (in.categories() != null || !partial) {
      article.getExtraCategories().clear();
      for (String slug : in.categories() == null ? List.<String>of() : in.categories()) {
        Category category =
            taxonomy
                .findCategoryBySlug(slug)
                .orElseThrow(() -> new InvalidInputException("categories", "no category " + slug));
        if (!category.getId().equals(article.getPrimaryCategory().getId())) {
          article.getExtraCategories().add(category);
        }
      }
    }
    ContentFields.applyFeaturedImage(article, in.featuredImage(), in.featuredImageAlt(), partial);
    ContentFields.applySeo(article.getSeo(), in.seo(), partial);
    applySticky(article, in.sticky(), actor);
  }

  /**
   * Sticky articles come first on everyone's home page, so editors decide which, as in WordPress;
   * others may resend the value as stored. {@code null} leaves it, also in a full replacement.
   */
  private static void applySticky(Article article, Boolean sticky, Actor actor) {
    if (sticky == null || sticky == article.isSticky()) {
      return;
    }
    if (!Permissions.canMakeSticky(actor)) {
      throw new InvalidInputException("sticky", "only editors and administrators make an article sticky");
    }
    article.setSticky(sticky);
  }

  /** Last: new tags are committed at once (see NewTags), so not before the other rules had their say. */
  private void applyTags(Article article, ArticleInput in, boolean partial) {
    if (in.tags() != null || !partial) {
      Set<Tag> tags = storedTags(tagNames(in));
      article.getTags().clear();
      article.getTags().addAll(tags);
    }
  }

  private static List<String> tagNames(ArticleInput in) {
    return in.tags() == null ? List.of() : in.tags();
  }

  /** The tags of these names, created when missing. */
  private Set<Tag> storedTags(List<String> names) {
    TagLookup lookup = lookUpTags(names);
    if (lookup.missing().isEmpty()) {
      return lookup.found();
    }
    lookup.missing().forEach(this::createTag);
    return lookUpTags(names).found();
  }

  /** The stored tags of these names, and unsaved ones for the names no tag has yet. */
  private Set<Tag> previewTags(List<String> names) {
    TagLookup lookup = lookUpTags(names);
    Set<Tag> tags = new LinkedHashSet<>(lookup.found());
    lookup.missing().forEach((slug, name) -> tags.add(new Tag(slug, name)));
    return tags;
  }

  /** Stored tags found for some names, and the slug and name of a new tag for each of the rest. */
  private record TagLookup(Set<Tag> found, Map<String, String> missing) {}

  private TagLookup lookUpTags(List<String> names) {
    // By name first, as WordPress does: a tag renamed without a new slug no longer has the slug
    // its name gives, and must not be created a second time.
    Set<Tag> found = new LinkedHashSet<>(taxonomy.findTagsByNames(names));
    Set<String> foundNames = found.stream().map(t -> Tag.nameKey(t.getName())).collect(Collectors.toSet());
    Map<String, String> bySlug = new LinkedHashMap<>();
    names.stream()
        .filter(name -> !foundNames.contains(Tag.nameKey(name)))
        .forEach(name -> bySlug.putIfAbsent(Slug.fromTitle(name).value(), name.strip()));
    List<Tag> bySlugFound = taxonomy.findTagsBySlugs(bySlug.keySet());
    found.addAll(bySlugFound);
    bySlugFound.forEach(tag -> bySlug.remove(tag.getSlug()));
    return new TagLookup(found, bySlug);
  }

  private void createTag(String slug, String name) {
    try {
      newTags.ensure(slug, name);
    } catch (PersistenceException | TransactionalException createdMeanwhile) {
      // Another request created the same tag a moment ago: that is what we wanted.
    }
  }

  /** Only those who may publish the article choose when it goes live; others may resend it as stored. */
  private static void checkPublishAt(Article article, ArticleInput in, Actor actor) {
    if (in.publishAt() != null
        && !in.publishAt().equals(article.getPublishAt())
        && !Permissions.canPublish(actor, article.getAuthor().getId())) {
      throw new InvalidInputException(
          "publishAt", "only those who may publish the article set when it goes live");
    }
  }

  private void applyStatus(Article article, ArticleInput in, boolean partial, Actor actor, Instant now) {
    ArticleStatus before = article.getId() == null ? null : article.getStatus();
    Instant publishAt = in.publishAt() != null || !partial ? in.publishAt() : article.getPublishAt();
    ArticleStatus requested = in.status();
    if (requested == null && before == ArticleStatus.SCHEDULED && in.publishAt() != null) {
      requested = ArticleStatus.PUBLISHED; // moving the date of a scheduled article
    }
    ArticleStatus next =
        Workflow.next(before, requested, publishAt, now, actor, article.getAuthor().getId());
    article.setStatus(next);
    article.setPublishAt(publishAt);
    switch (next) {
      case SCHEDULED -> article.setPublishedAt(publishAt);
      case PUBLISHED -> {
        if (publishAt != null) {
          article.setPublishedAt(publishAt);
        } else if (before != ArticleStatus.PUBLISHED || article.getPublishedAt() == null) {
          article.setPublishedAt(now);
        }
      }
      default -> {
        if (before == ArticleStatus.SCHEDULED) {
          article.setPublishedAt(null);
        }
      }
    }
  }

  /** The event for what an article's change means to readers: published, withdrawn or updated. */
  static void fireTransition(
      AfterCommitEvents events, ArticleStatus before, Article article, ArticleRef previous, Instant now) {
    boolean wasPublic = before == ArticleStatus.PUBLISHED;
    boolean isPublic = article.getStatus() == ArticleStatus.PUBLISHED;
    ArticleRef current = ArticleViews.ref(article);
    if (!wasPublic && isPublic) {
      events.fire(new ArticlePublished(current, now));
    } else if (wasPublic && !isPublic) {
      events.fire(new ArticleUnpublished(current, now));
    } else if (wasPublic) {
      events.fire(new ArticleUpdated(current, previous, now));
    }
  }
}
