package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.core.spi.CatalogArticle;
import org.inkwell.cms.core.spi.CategoryNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The migrations and the repositories' queries against one real database; run for H2 and for
 * PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoriesContract {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  TestDatabase db;

  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    db = database().migrate();
  }

  @AfterAll
  void drop() throws Exception {
    db.close();
  }

  @Test
  void migrationsCreateTheDefaultCategory() {
    String name =
        db.inTransaction(em -> new TaxonomyRepository(em).findCategoryBySlug("uncategorized").map(Category::getName).orElse(null));
    assertThat(name).isEqualTo("Uncategorized");
  }

  @Test
  void listsFilterByStatusCategoryTreeTagAuthorSlugAndText() {
    String run = unique();
    Fixture f = fixture(run);
    Long published = save(f, "Lower back stretches " + run, ArticleStatus.PUBLISHED, f.child, 3, "back-" + run);
    Long draft = save(f, "Draft about backs " + run, ArticleStatus.DRAFT, f.child, 1, null);
    Long elsewhere = save(f, "Sleep hygiene " + run, ArticleStatus.PUBLISHED, f.parent, 2, null);

    assertThat(ids(query(EnumSet.of(ArticleStatus.PUBLISHED), f.child.getSlug(), null, null, null), null))
        .containsExactly(published);
    assertThat(ids(query(EnumSet.of(ArticleStatus.PUBLISHED), null, "back-" + run, null, null), null))
        .containsExactly(published);
    assertThat(ids(query(EnumSet.of(ArticleStatus.PUBLISHED), null, null, f.author.getLogin(), null), null))
        .as("newest first").containsExactly(elsewhere, published);
    assertThat(ids(query(EnumSet.allOf(ArticleStatus.class), null, null, f.author.getLogin(), null), null))
        .containsExactlyInAnyOrder(published, draft, elsewhere);
    assertThat(ids(query(EnumSet.allOf(ArticleStatus.class), null, null, null, "STRETCHES " + run), null))
        .containsExactly(published);
    assertThat(ids(query(EnumSet.allOf(ArticleStatus.class), null, null, null, "50%_" + run), null)).isEmpty();
    Long stranger = db.inTransaction(em -> user(em, "stranger-" + run).getId());
    assertThat(ids(query(EnumSet.allOf(ArticleStatus.class), null, null, f.author.getLogin(), null), stranger))
        .as("others' drafts are left out").containsExactlyInAnyOrder(published, elsewhere);
  }

  @Test
  void pagesCountEverythingAndReturnOneSlice() {
    String run = unique();
    Fixture f = fixture(run);
    for (int i = 0; i < 7; i++) {
      save(f, "Paged " + i + " " + run, ArticleStatus.PUBLISHED, f.parent, i, null);
    }
    ArticleQuery byAuthor = query(EnumSet.of(ArticleStatus.PUBLISHED), null, null, f.author.getLogin(), null);
    ArticleRepository.Page page =
        db.inTransaction(em -> new ArticleRepository(em).list(byAuthor, null, ArticleSort.NEWEST_FIRST, new PageRequest(2, 3)));
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.articles()).extracting(Article::getTitle)
        .containsExactly("Paged 3 " + run, "Paged 4 " + run, "Paged 5 " + run);
  }

  @Test
  void aPageOfArticlesIsReadWithItsTermsInAsManyStatementsWhateverItsSize() {
    String run = unique();
    Fixture f = fixture(run);
    for (int i = 0; i < 20; i++) {
      Long id = save(f, "Counted " + i + " " + run, ArticleStatus.PUBLISHED, f.parent, i, "counted-" + i + "-" + run);
      db.run(em -> em.find(Article.class, id).getExtraCategories().add(em.find(Category.class, f.child.getId())));
    }
    ArticleQuery byAuthor = query(EnumSet.of(ArticleStatus.PUBLISHED), null, null, f.author.getLogin(), null);

    long forTwo = statementsToShow(byAuthor, 2);
    long forTwenty = statementsToShow(byAuthor, 20);

    assertThat(forTwenty).as("statements for 20 articles, as for 2").isEqualTo(forTwo);
    assertThat(forTwenty).as("count, ids, articles with author and category, tags, extra categories").isLessThanOrEqualTo(5);
  }

  @Test
  void slugsAreUniqueAndOldSlugsAreRemembered() {
    String run = unique();
    Fixture f = fixture(run);
    Long id = save(f, "Original " + run, ArticleStatus.PUBLISHED, f.parent, 1, null);
    String oldSlug = "original-" + run;
    db.run(em -> {
      Article a = em.find(Article.class, id);
      new ArticleRepository(em).save(new OldSlug(a.getSlug(), a));
      a.setSlug("renamed-" + run);
    });
    Long redirectsTo =
        db.inTransaction(em -> new ArticleRepository(em).findOldSlug(oldSlug).map(s -> s.getArticle().getId()).orElse(null));
    assertThat(redirectsTo).isEqualTo(id);
    assertThatThrownBy(() -> save(f, "Clash " + run, ArticleStatus.DRAFT, f.parent, 1, null, "renamed-" + run))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void concurrentEditsOfOneVersionFailTheSecond() {
    String run = unique();
    Fixture f = fixture(run);
    Long id = save(f, "Contested " + run, ArticleStatus.DRAFT, f.parent, 1, null);
    EntityManager first = db.entityManager();
    EntityManager second = db.entityManager();
    try {
      first.getTransaction().begin();
      second.getTransaction().begin();
      first.find(Article.class, id).setTitle("First");
      second.find(Article.class, id).setTitle("Second");
      first.getTransaction().commit();
      assertThatThrownBy(() -> {
            second.flush();
            second.getTransaction().commit();
          })
          .isInstanceOfAny(OptimisticLockException.class, jakarta.persistence.RollbackException.class);
    } finally {
      if (second.getTransaction().isActive()) {
        second.getTransaction().rollback();
      }
      first.close();
      second.close();
    }
    String title = db.inTransaction(em -> em.find(Article.class, id).getTitle());
    assertThat(title).isEqualTo("First");
  }

  @Test
  void revisionsAreNumberedNewestFirstAndDueArticlesFound() {
    String run = unique();
    Fixture f = fixture(run);
    Long id = save(f, "Revised " + run, ArticleStatus.DRAFT, f.parent, 1, null);
    db.run(em -> {
      ArticleRepository repo = new ArticleRepository(em);
      Article a = em.find(Article.class, id);
      repo.save(new ArticleRevision(a, repo.nextRevisionNumber(id), ContentSnapshot.of(a)));
      em.flush();
      a.setTitle("Revised twice " + run);
      repo.save(new ArticleRevision(a, repo.nextRevisionNumber(id), ContentSnapshot.of(a)));
    });
    List<ArticleRevision> revisions = db.inTransaction(em -> new ArticleRepository(em).revisions(id));
    assertThat(revisions)
        .extracting(ArticleRevision::getNumber, ArticleRevision::getTitle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "Revised twice " + run),
            org.assertj.core.groups.Tuple.tuple(1, "Revised " + run));
    String first = db.inTransaction(em -> new ArticleRepository(em).findRevision(id, 1).map(ArticleRevision::getTitle).orElse(null));
    assertThat(first).isEqualTo("Revised " + run);
    Optional<ArticleRevision> third = db.inTransaction(em -> new ArticleRepository(em).findRevision(id, 3));
    assertThat(third).isEmpty();

    Long due = save(f, "Due " + run, ArticleStatus.SCHEDULED, f.parent, 0, null);
    db.run(em -> em.find(Article.class, due).setPublishAt(Instant.now().minusSeconds(5)));
    List<Long> dueIds =
        db.inTransaction(em -> new ArticleRepository(em).findDue(Instant.now()).stream().map(Article::getId).toList());
    assertThat(dueIds).contains(due);
  }

  @Test
  void deletingACategoryMovesItsArticlesAndChildrenUp() {
    String run = unique();
    Fixture f = fixture(run);
    Long id = save(f, "Orphan " + run, ArticleStatus.PUBLISHED, f.child, 1, null);
    Long grandchild = db.inTransaction(em -> {
      Category g = new Category("grandchild-" + run, "Grandchild");
      g.setParent(em.find(Category.class, f.child.getId()));
      em.persist(g);
      return g.getId();
    });
    db.run(em -> {
      TaxonomyRepository repo = new TaxonomyRepository(em);
      Category doomed = em.find(Category.class, f.child.getId());
      repo.deleteCategory(doomed, doomed.getParent());
    });
    Long articleCategory = db.inTransaction(em -> em.find(Article.class, id).getPrimaryCategory().getId());
    Long grandchildParent = db.inTransaction(em -> em.find(Category.class, grandchild).getParent().getId());
    assertThat(articleCategory).isEqualTo(f.parent.getId());
    assertThat(grandchildParent).isEqualTo(f.parent.getId());
  }

  @Test
  void theCatalogShowsPluginsOnlyPublishedArticles() {
    String run = unique();
    Fixture f = fixture(run);
    Long published = save(f, "Catalog published " + run, ArticleStatus.PUBLISHED, f.child, 1, "tag-" + run);
    Long draft = save(f, "Catalog draft " + run, ArticleStatus.DRAFT, f.child, 0, null);

    List<ArticleCard> cards = db.inTransaction(em -> catalog(em).cards(List.of(draft, published)));
    assertThat(cards).singleElement().satisfies(card -> {
      assertThat(card.id()).isEqualTo(published);
      assertThat(card.title()).isEqualTo("Catalog published " + run);
      assertThat(card.path()).isEqualTo("/catalog-published-" + run + "/");
      assertThat(card.categoryName()).isEqualTo("Child " + run);
      assertThat(card.categorySlug()).isEqualTo("child-" + run);
      assertThat(card.authorName()).isEqualTo("author-" + run);
      assertThat(card.excerpt()).isEqualTo("Catalog published " + run);
      assertThat(card.imageUrl()).isNull();
      assertThat(card.publishedAt()).isEqualTo(NOW.minus(1, ChronoUnit.DAYS));
    });
    List<CatalogArticle> found = db.inTransaction(em -> catalog(em).published(List.of(draft, published)));
    assertThat(found).extracting(CatalogArticle::id).containsExactly(published);
    assertThat(found.get(0).article().tags()).containsExactly("tag-" + run);
    assertThat(found.get(0).article().primaryCategory()).isEqualTo("child-" + run);
    List<CatalogArticle> page = db.inTransaction(em -> catalog(em).published(published - 1, 10));
    assertThat(page).extracting(CatalogArticle::id).contains(published).doesNotContain(draft);
    Map<Long, String> texts = db.inTransaction(em -> catalog(em).bodyTexts(List.of(draft, published)));
    assertThat(texts).containsOnlyKeys(published).containsValue("Catalog published " + run);
    List<CategoryNode> categories = db.inTransaction(em -> catalog(em).categories());
    assertThat(categories)
        .contains(new CategoryNode("child-" + run, "Child " + run, "parent-" + run))
        .extracting(CategoryNode::slug).containsSubsequence("parent-" + run, "child-" + run);
  }

  @Test
  void theSearchIndexSynchronisesExactlyThePublishedArticles() {
    String run = unique();
    Fixture f = fixture(run);
    Long published = save(f, "Searchable stretches " + run, ArticleStatus.PUBLISHED, f.child, 1, "tag-" + run);
    Long draft = save(f, "Searchable draft " + run, ArticleStatus.DRAFT, f.child, 0, null);
    Long trashed = save(f, "Searchable trashed " + run, ArticleStatus.TRASHED, f.child, 0, null);
    try (LuceneSearchIndex index = new LuceneSearchIndex(new org.apache.lucene.store.ByteBuffersDirectory())) {
      SearchIndexSync sync = new SearchIndexSync(searchSource(), index);

      sync.synchronise();

      List<Long> allPublished = db.inTransaction(em -> em.createQuery(
              "select a.id from Article a where a.status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED", Long.class)
          .getResultList());
      assertThat(index.versions().keySet())
          .containsExactlyInAnyOrderElementsOf(allPublished)
          .contains(published)
          .doesNotContain(draft, trashed);
      assertThat(searchIds(index, "stretching " + run)).as("title, stemmed").containsExactly(published);
      assertThat(searchIds(index, "\"child " + run + "\" tag-" + run)).as("category and tag names").containsExactly(published);
      assertThat(searchIds(index, "searchable " + run)).containsExactly(published);

      db.run(em -> em.find(Article.class, published).setStatus(ArticleStatus.DRAFT));
      sync.synchronise();

      assertThat(index.versions()).doesNotContainKey(published);
      assertThat(searchIds(index, "searchable " + run)).isEmpty();
    }
  }

  @Test
  void searchHitsAreReadInRankOrderAndOnlyWhilePublished() {
    String run = unique();
    Fixture f = fixture(run);
    Long first = save(f, "Ranked first " + run, ArticleStatus.PUBLISHED, f.child, 3, "tag-" + run);
    Long draft = save(f, "Ranked draft " + run, ArticleStatus.DRAFT, f.child, 0, null);
    Long second = save(f, "Ranked second " + run, ArticleStatus.PUBLISHED, f.parent, 1, null);

    List<org.inkwell.cms.articles.ArticleDetails> details =
        db.inTransaction(em -> searchSource(em).publishedDetails(List.of(second, draft, first, -1L)));

    assertThat(details).extracting(org.inkwell.cms.articles.ArticleDetails::id).containsExactly(second, first);
    assertThat(details.get(1).tags()).extracting(org.inkwell.cms.articles.Term::slug).containsExactly("tag-" + run);
    assertThat(details.get(1).category().name()).isEqualTo("Child " + run);
  }

  @Test
  void listsSortByTitleStatusAndDatesBothWaysWithIdsBreakingTies() {
    String run = unique();
    Fixture f = fixture(run);
    Long apple = save(f, "apple " + run, ArticleStatus.DRAFT, f.parent, 0, null);
    Long banana = save(f, "Banana " + run, ArticleStatus.PUBLISHED, f.parent, 2, null);
    Long cherry = save(f, "cherry " + run, ArticleStatus.PENDING, f.parent, 0, null);
    Long banana2 = save(f, "Banana " + run, ArticleStatus.SCHEDULED, f.parent, 0, null, "banana-2-" + run);
    touch(apple, NOW.minus(1, ChronoUnit.HOURS));
    touch(cherry, NOW.minus(2, ChronoUnit.HOURS));
    touch(banana, NOW.minus(3, ChronoUnit.HOURS));
    touch(banana2, NOW.minus(4, ChronoUnit.HOURS));
    ArticleQuery mine = query(EnumSet.allOf(ArticleStatus.class), null, null, f.author.getLogin(), null);

    assertThat(ids(mine, null, sort(ArticleSort.Field.TITLE, ArticleSort.Direction.ASC)))
        .as("case ignored, ties by id").containsExactly(apple, banana, banana2, cherry);
    assertThat(ids(mine, null, sort(ArticleSort.Field.TITLE, ArticleSort.Direction.DESC)))
        .containsExactly(cherry, banana2, banana, apple);
    assertThat(ids(mine, null, sort(ArticleSort.Field.STATUS, ArticleSort.Direction.ASC)))
        .as("workflow order").containsExactly(apple, cherry, banana2, banana);
    assertThat(ids(mine, null, ArticleSort.RECENTLY_UPDATED)).containsExactly(apple, cherry, banana, banana2);
    assertThat(ids(mine, null, sort(ArticleSort.Field.UPDATED, ArticleSort.Direction.ASC)))
        .containsExactly(banana2, banana, cherry, apple);
    assertThat(ids(mine, null, ArticleSort.NEWEST_FIRST))
        .as("never published: by last change").containsExactly(apple, cherry, banana2, banana);
  }

  @Test
  void listsSortByTheAuthorsDisplayName() {
    String run = unique();
    Fixture f = fixture(run);
    User zoe = db.inTransaction(em -> user(em, "zoe-" + run, "Zoe"));
    User adam = db.inTransaction(em -> user(em, "adam-" + run, "adam"));
    Long byZoe = save(zoe, "By Zoe " + run, ArticleStatus.PUBLISHED, f.parent, 1, null, null);
    Long byAdam = save(adam, "By Adam " + run, ArticleStatus.PUBLISHED, f.parent, 1, null, null);
    ArticleQuery both = query(EnumSet.of(ArticleStatus.PUBLISHED), null, null, null, run);

    assertThat(ids(both, null, sort(ArticleSort.Field.AUTHOR, ArticleSort.Direction.ASC))).containsExactly(byAdam, byZoe);
    assertThat(ids(both, null, sort(ArticleSort.Field.AUTHOR, ArticleSort.Direction.DESC))).containsExactly(byZoe, byAdam);
  }

  @Test
  void statusCountsLeaveOutOthersUnpublishedArticlesWhenAsked() {
    String run = unique();
    Fixture f = fixture(run);
    Map<ArticleStatus, Long> before = countByStatus(null);
    save(f, "Counted draft " + run, ArticleStatus.DRAFT, f.parent, 0, null);
    save(f, "Counted published " + run, ArticleStatus.PUBLISHED, f.parent, 0, null);
    Long stranger = db.inTransaction(em -> user(em, "stranger-" + run).getId());

    Map<ArticleStatus, Long> all = countByStatus(null);

    assertThat(all.get(ArticleStatus.DRAFT)).isEqualTo(before.getOrDefault(ArticleStatus.DRAFT, 0L) + 1);
    assertThat(all.get(ArticleStatus.PUBLISHED)).isEqualTo(before.getOrDefault(ArticleStatus.PUBLISHED, 0L) + 1);
    assertThat(countByStatus(f.author.getId())).containsEntry(ArticleStatus.DRAFT, 1L)
        .containsEntry(ArticleStatus.PUBLISHED, all.get(ArticleStatus.PUBLISHED));
    assertThat(countByStatus(stranger)).containsOnly(Map.entry(ArticleStatus.PUBLISHED, all.get(ArticleStatus.PUBLISHED)));
  }

  @Test
  void autosavesAreKeptPerUserAndArticleAndForTheArticleAndPageNotSavedYet() {
    String run = unique();
    Fixture f = fixture(run);
    Long id = save(f, "Autosaved " + run, ArticleStatus.DRAFT, f.parent, 0, null);
    db.run(em -> {
      User user = new UserRepository(em).findLocked(f.author.getId()).orElseThrow();
      AutosaveRepository repo = new AutosaveRepository(em);
      repo.save(autosave(new Autosave(user, Article.KIND, em.find(Article.class, id)), "Of the article"));
      repo.save(autosave(new Autosave(user, Article.KIND, null), "Of a new one"));
      repo.save(autosave(new Autosave(user, Page.KIND, null), "Of a new page"));
    });

    assertThat(autosaveTitle(f.author, Article.KIND, id)).isEqualTo("Of the article");
    assertThat(autosaveTitle(f.author, Article.KIND, null)).isEqualTo("Of a new one");
    assertThat(autosaveTitle(f.author, Page.KIND, null)).isEqualTo("Of a new page");
    assertThatThrownBy(() -> db.run(em -> em.persist(autosave(
        new Autosave(em.find(User.class, f.author.getId()), Article.KIND, em.find(Article.class, id)), "Twice")))
    ).as("one per user and article").isInstanceOf(PersistenceException.class);

    db.run(em -> new AutosaveRepository(em).delete(f.author.getId(), Article.KIND, null));

    assertThat(autosaveTitle(f.author, Article.KIND, null)).isNull();
    assertThat(autosaveTitle(f.author, Page.KIND, null)).isEqualTo("Of a new page");
    assertThat(autosaveTitle(f.author, Article.KIND, id)).isEqualTo("Of the article");
  }

  @Test
  void articlesAreFoundByAnyOfTheirTagsAndByPrimaryOrExtraCategoryInAnyStatus() {
    String run = unique();
    Fixture f = fixture(run);
    Long tagged = save(f, "Tagged " + run, ArticleStatus.DRAFT, f.parent, 0, "one-" + run);
    Long trashed = save(f, "Trashed " + run, ArticleStatus.TRASHED, f.child, 0, "two-" + run);
    Long extra = save(f, "Extra " + run, ArticleStatus.PUBLISHED, f.parent, 0, null);
    db.run(em -> {
      Article a = em.find(Article.class, extra);
      a.getExtraCategories().add(em.find(Category.class, f.child.getId()));
      a.getTags().addAll(new TaxonomyRepository(em).findTagsBySlugs(List.of("one-" + run, "two-" + run)));
    });

    List<Long> byTags = db.inTransaction(em -> new ArticleRepository(em)
        .findTaggedWithAny(new TaxonomyRepository(em).findTagsBySlugs(List.of("one-" + run, "two-" + run)))
        .stream().map(Article::getId).toList());
    List<Long> inChild = db.inTransaction(em -> new ArticleRepository(em)
        .findInCategory(em.find(Category.class, f.child.getId())).stream().map(Article::getId).toList());

    assertThat(byTags).as("each once").containsExactlyInAnyOrder(tagged, trashed, extra);
    assertThat(inChild).containsExactlyInAnyOrder(trashed, extra);
  }

  @Test
  void articleCountsPerCategoryAndTagLeaveOutTheTrashAndCountEachArticleOnce() {
    String run = unique();
    Fixture f = fixture(run);
    Long inBoth = save(f, "In both " + run, ArticleStatus.DRAFT, f.child, 0, "counted-" + run);
    Long primaryTwice = save(f, "Primary twice " + run, ArticleStatus.PUBLISHED, f.parent, 0, null);
    Long trashed = save(f, "Trashed " + run, ArticleStatus.TRASHED, f.child, 0, null);
    db.run(em -> {
      Category parent = em.find(Category.class, f.parent.getId());
      em.find(Article.class, inBoth).getExtraCategories().add(parent);
      // An extra category equal to the primary one, as a partial update changing the primary can leave it.
      em.find(Article.class, primaryTwice).getExtraCategories().add(parent);
      Article t = em.find(Article.class, trashed);
      t.getExtraCategories().add(parent);
      t.getTags().addAll(new TaxonomyRepository(em).findTagsBySlugs(List.of("counted-" + run)));
    });

    Map<Long, Long> byCategory = db.inTransaction(em -> new TaxonomyRepository(em).articleCountsByCategory());
    Map<Long, Long> byTag = db.inTransaction(em -> new TaxonomyRepository(em).articleCountsByTag());
    Long tag = db.inTransaction(em -> new TaxonomyRepository(em).findTagsBySlugs(List.of("counted-" + run)).get(0).getId());

    assertThat(byCategory).containsEntry(f.parent.getId(), 2L).containsEntry(f.child.getId(), 1L);
    assertThat(byTag).containsEntry(tag, 1L);
  }

  @Test
  void tagsAreFoundByNameIgnoringCaseAndSurroundingSpace() {
    String run = unique();
    db.run(em -> em.persist(new Tag("kept-slug-" + run, "Mobility & Stretching " + run)));

    List<String> found = db.inTransaction(em -> new TaxonomyRepository(em)
        .findTagsByNames(List.of("  mobility & STRETCHING " + run + " ", "unknown " + run))
        .stream().map(Tag::getSlug).toList());

    assertThat(found).containsExactly("kept-slug-" + run);
  }

  @Test
  void changingAnArticlesTagsOrCategoriesGivesItANewVersion() {
    String run = unique();
    Fixture f = fixture(run);
    Long id = save(f, "Versioned " + run, ArticleStatus.PUBLISHED, f.child, 0, "old-" + run);
    long before = db.inTransaction(em -> em.find(Article.class, id).getVersion());
    db.run(em -> {
      Tag target = new Tag("new-" + run, "New " + run);
      em.persist(target);
      Article a = em.find(Article.class, id);
      a.replaceTags(new TaxonomyRepository(em).findTagsBySlugs(List.of("old-" + run)), target);
      a.replaceCategory(em.find(Category.class, f.child.getId()), em.find(Category.class, f.parent.getId()));
    });

    Article after = db.inTransaction(em -> {
      Article a = em.find(Article.class, id);
      a.getTags().size();
      a.getPrimaryCategory().getSlug();
      return a;
    });
    assertThat(after.getTags()).extracting(Tag::getSlug).containsExactly("new-" + run);
    assertThat(after.getPrimaryCategory().getSlug()).isEqualTo("parent-" + run);
    assertThat(after.getVersion()).as("clients holding the old version must read it again").isEqualTo(before + 1);
  }

  /** The statements it takes to read a page of this listing as the service shows it. */
  private long statementsToShow(ArticleQuery query, int perPage) {
    org.hibernate.stat.Statistics statistics = db.statistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      List<ArticleDetails> shown = db.inTransaction(em -> new ArticleRepository(em)
          .list(query, null, ArticleSort.NEWEST_FIRST, new PageRequest(1, perPage)).articles().stream()
          .map(ArticleViews::details).toList());
      assertThat(shown).hasSize(perPage).allSatisfy(a -> {
        assertThat(a.tags()).hasSize(1);
        assertThat(a.categories()).hasSize(2);
      });
      return statistics.getPrepareStatementCount();
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  private static Autosave autosave(Autosave autosave, String title) {
    autosave.replace(title, "<p>" + title + "</p>", "", NOW);
    return autosave;
  }

  private String autosaveTitle(User user, String kind, Long contentId) {
    return db.inTransaction(em -> new AutosaveRepository(em).find(user.getId(), kind, contentId).map(Autosave::getTitle).orElse(null));
  }

  private Map<ArticleStatus, Long> countByStatus(Long ownerId) {
    return db.inTransaction(em -> new ArticleRepository(em).countByStatus(ownerId));
  }

  private void touch(Long id, Instant at) {
    db.run(em -> {
      Article a = em.find(Article.class, id);
      a.touch(a.getAuthor(), at);
    });
  }

  private static ArticleSort sort(ArticleSort.Field field, ArticleSort.Direction direction) {
    return new ArticleSort(field, direction);
  }

  private static JpaSearchSource searchSource(EntityManager em) {
    JpaSearchSource source = new JpaSearchSource();
    source.em = em;
    return source;
  }

  /** The database as the index sees it in the server: every read in a transaction of its own. */
  private SearchSource searchSource() {
    return new SearchSource() {
      @Override
      public Map<Long, Instant> publishedVersions() {
        return db.inTransaction(em -> searchSource(em).publishedVersions());
      }

      @Override
      public List<SearchDocument> published(java.util.Collection<Long> ids) {
        return db.inTransaction(em -> searchSource(em).published(ids));
      }
    };
  }

  private static List<Long> searchIds(LuceneSearchIndex index, String query) {
    return index.search(SearchDocument.Kind.ARTICLE, query, 0, 100).page().stream().map(LuceneSearchIndex.Match::id).toList();
  }

  private static JpaArticleCatalog catalog(EntityManager em) {
    JpaArticleCatalog catalog = new JpaArticleCatalog();
    catalog.em = em;
    return catalog;
  }

  // --- test data

  private record Fixture(User author, Category parent, Category child) {}

  private Fixture fixture(String run) {
    return db.inTransaction(em -> {
      User author = user(em, "author-" + run);
      Category parent = new Category("parent-" + run, "Parent " + run);
      em.persist(parent);
      Category child = new Category("child-" + run, "Child " + run);
      child.setParent(parent);
      em.persist(child);
      return new Fixture(author, parent, child);
    });
  }

  private static User user(EntityManager em, String login) {
    return user(em, login, login);
  }

  private static User user(EntityManager em, String login, String name) {
    User user = new User(login, name, Role.AUTHOR, "hash", NOW);
    em.persist(user);
    return user;
  }

  private Long save(Fixture f, String title, ArticleStatus status, Category category, int daysAgo, String tag) {
    return save(f, title, status, category, daysAgo, tag, null);
  }

  private Long save(Fixture f, String title, ArticleStatus status, Category category, int daysAgo, String tag, String slug) {
    return save(f.author, title, status, category, daysAgo, tag, slug);
  }

  private Long save(User author, String title, ArticleStatus status, Category category, int daysAgo, String tag, String slug) {
    return db.inTransaction(em -> {
      Article a = new Article(em.find(User.class, author.getId()), NOW);
      a.setTitle(title);
      a.setSlug(slug != null ? slug : org.inkwell.cms.core.Slug.fromTitle(title).value());
      a.setBody("<p>" + title + "</p>");
      a.setExcerpt(title, false);
      a.setStatus(status);
      a.setPrimaryCategory(em.find(Category.class, category.getId()));
      a.setPublishedAt(status == ArticleStatus.PUBLISHED ? NOW.minus(daysAgo, ChronoUnit.DAYS) : null);
      if (tag != null) {
        Tag t = new Tag(tag, tag);
        em.persist(t);
        a.getTags().add(t);
      }
      new ArticleRepository(em).save(a);
      em.flush();
      return a.getId();
    });
  }

  private static ArticleQuery query(EnumSet<ArticleStatus> statuses, String category, String tag, String author, String text) {
    return new ArticleQuery(statuses, category == null ? null : java.util.Set.of(category), tag, author, null, text);
  }

  private List<Long> ids(ArticleQuery query, Long ownerId) {
    return ids(query, ownerId, ArticleSort.NEWEST_FIRST);
  }

  private List<Long> ids(ArticleQuery query, Long ownerId, ArticleSort sort) {
    return db.inTransaction(em -> new ArticleRepository(em).list(query, ownerId, sort, new PageRequest(1, 100)).articles())
        .stream().map(Article::getId).toList();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
