package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageHit;
import org.inkwell.cms.articles.SearchHit;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.event.ContentStoreReady;
import org.inkwell.cms.core.event.MenuChanged;
import org.inkwell.cms.core.event.PageChanged;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LuceneSiteSearch} as the server runs it, minus the container: the real queries on an
 * H2 file, every read in a transaction of its own, events delivered by hand, background work done
 * inline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleSearchIT {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final PageRequest FIRST = new PageRequest(1, 10);

  private TestDatabase db;
  private User author;
  private Category category;
  private LuceneSiteSearch search;

  @TempDir Path dataDir;

  @BeforeAll
  void migrate() {
    db = TestDatabase.h2().migrate();
    author = db.inTransaction(em -> {
      User u = new User("searcher", "Searcher", Role.AUTHOR, "hash", NOW);
      em.persist(u);
      return u;
    });
    category = db.inTransaction(em -> new TaxonomyRepository(em).findCategoryBySlug("uncategorized").orElseThrow());
  }

  @AfterAll
  void drop() throws Exception {
    db.close();
  }

  @AfterEach
  void closeSearch() {
    if (search != null) {
      search.close();
    }
  }

  @Test
  void findsPublishedArticlesBestFirstWithTheirDetails() {
    String run = unique();
    long inTitle = save("Kettlebell swings " + run, "<p>Hinge at the hips.</p>", ArticleStatus.PUBLISHED);
    long inBody = save("Hip hinge basics " + run, "<p>Swing a <em>kettlebell</em> &amp; breathe.</p>", ArticleStatus.PUBLISHED);
    save("Kettlebell draft " + run, "<p>Not yet.</p>", ArticleStatus.DRAFT);
    search = started();

    ResultPage<SearchHit> found = search.search("kettlebells " + run, FIRST);

    assertThat(found.total()).isEqualTo(2);
    assertThat(found.items()).extracting(h -> h.article().id()).containsExactly(inTitle, inBody);
    SearchHit first = found.items().get(0);
    assertThat(first.article().title()).isEqualTo("Kettlebell swings " + run);
    assertThat(first.article().category().slug()).isEqualTo("uncategorized");
    assertThat(first.titleHtml()).startsWith("<mark>Kettlebell</mark> swings");
    assertThat(first.snippetHtml()).as("no match in the body: the excerpt").isEqualTo("Hinge at the hips.");
    assertThat(found.items().get(1).snippetHtml()).isEqualTo("Swing a <mark>kettlebell</mark> &amp; breathe.");
  }

  @Test
  void contentEventsKeepTheIndexCurrentAtOnce() {
    String run = unique();
    search = started();
    long id = save("Rowing technique " + run, "<p>Drive with the legs.</p>", ArticleStatus.PUBLISHED);

    search.onPublished(new ArticlePublished(ref(id), NOW));
    assertThat(ids("rowing " + run)).containsExactly(id);

    db.run(em -> em.find(Article.class, id).setTitle("Cycling cadence " + run));
    search.onUpdated(new ArticleUpdated(ref(id), ref(id), NOW));
    assertThat(ids("rowing " + run)).isEmpty();
    assertThat(ids("cycling " + run)).containsExactly(id);

    db.run(em -> em.find(Article.class, id).setStatus(ArticleStatus.DRAFT));
    search.onUnpublished(new ArticleUnpublished(ref(id), NOW));
    assertThat(ids("cycling " + run)).isEmpty();

    db.run(em -> em.find(Article.class, id).setStatus(ArticleStatus.PUBLISHED));
    search.onPublished(new ArticlePublished(ref(id), NOW));
    db.run(em -> em.find(Article.class, id).setStatus(ArticleStatus.TRASHED));
    search.onTrashed(new ArticleTrashed(ref(id), NOW));
    assertThat(ids("cycling " + run)).isEmpty();
  }

  @Test
  void pagesAreFoundApartFromArticlesWhileReadersCanReachThem() {
    String run = unique();
    long article = save("Privacy basics " + run, "<p>Your data.</p>", ArticleStatus.PUBLISHED);
    long policy = savePage("Privacy policy " + run, "<p>We keep your <em>data</em> safe &amp; private.</p>", ArticleStatus.PUBLISHED, null);
    long legal = savePage("Legal " + run, "<p>Terms.</p>", ArticleStatus.PUBLISHED, null);
    long cookies = savePage("Cookies " + run, "<p>How cookies affect your privacy.</p>", ArticleStatus.PUBLISHED, legal);
    savePage("Privacy draft " + run, "<p>Not yet.</p>", ArticleStatus.DRAFT, null);
    search = started();

    assertThat(ids("privacy " + run)).as("articles only").containsExactly(article);
    assertThat(search.search("privacy " + run, FIRST).total()).isEqualTo(1);
    List<PageHit> pages = search.searchPages("privacy " + run, 5);
    assertThat(pages).extracting(h -> h.page().id()).containsExactly(policy, cookies);
    assertThat(pages.get(0).titleHtml()).startsWith("<mark>Privacy</mark> policy");
    assertThat(pages.get(0).snippetHtml()).as("no match in the body: the excerpt").isEqualTo("We keep your data safe &amp; private.");
    assertThat(pages.get(1).page().path()).isEqualTo("legal-" + run + "/cookies-" + run);
    assertThat(pages.get(1).snippetHtml()).contains("<mark>privacy</mark>");
    assertThat(search.searchPages("privacy " + run, 1)).extracting(h -> h.page().id()).containsExactly(policy);

    db.run(em -> em.find(Page.class, legal).setStatus(ArticleStatus.DRAFT));
    search.onPageChanged(new PageChanged(legal, NOW));
    assertThat(pageIds("privacy " + run)).as("below a draft: out of reach").containsExactly(policy);

    db.run(em -> em.find(Page.class, policy).setTitle("Data policy " + run));
    search.onPageChanged(new PageChanged(policy, NOW));
    assertThat(pageIds("privacy " + run)).as("edited").isEmpty();
    assertThat(pageIds("data " + run)).containsExactly(policy);

    db.run(em -> em.find(Page.class, policy).setStatus(ArticleStatus.TRASHED));
    search.onPageChanged(new PageChanged(policy, NOW));
    assertThat(pageIds("data " + run)).as("trashed").isEmpty();
    db.run(em -> em.find(Page.class, legal).setStatus(ArticleStatus.PUBLISHED));
    search.onPageChanged(new PageChanged(legal, NOW));
    assertThat(pageIds("privacy " + run)).as("its parent published again").containsExactly(cookies);
  }

  @Test
  void oddOrBlankPageQueriesFindNothingNeverErrors() {
    savePage("Contact " + unique(), "<p>Write to us.</p>", ArticleStatus.PUBLISHED, null);
    search = started();

    for (String q : new String[] {null, "", "  ", "\"", "(", "*", ":", "AND", "-", "the of", "x".repeat(10_000)}) {
      assertThatCode(() -> assertThat(search.searchPages(q, 5)).isEmpty())
          .as("query %s", q == null ? "null" : q.substring(0, Math.min(20, q.length())))
          .doesNotThrowAnyException();
    }
    assertThat(search.searchPages("contact", 0)).isEmpty();
  }

  @Test
  void anArticleNoLongerPublishedIsLeftOutEvenBeforeTheIndexHearsOfIt() {
    String run = unique();
    long kept = save("Plank variations " + run, "<p>Brace.</p>", ArticleStatus.PUBLISHED);
    long withdrawn = save("Plank mistakes " + run, "<p>Sagging hips.</p>", ArticleStatus.PUBLISHED);
    search = started();
    db.run(em -> em.find(Article.class, withdrawn).setStatus(ArticleStatus.DRAFT)); // no event

    ResultPage<SearchHit> found = search.search("plank " + run, FIRST);

    assertThat(found.items()).extracting(h -> h.article().id()).containsExactly(kept);
    assertThat(found.total()).isEqualTo(1);
  }

  @Test
  void theFirstSearchOpensAndSynchronisesTheIndexWithoutWaitingForStartUp() {
    String run = unique();
    long id = save("Foam rolling " + run, "<p>Slowly.</p>", ArticleStatus.PUBLISHED);
    search = bean(dataDir.resolve("first-use"));

    assertThat(search.search("rolling " + run, FIRST).items()).extracting(h -> h.article().id()).containsExactly(id);
  }

  @Test
  void aRestartRepairsWhatTheIndexMissedMeanwhile() {
    String run = unique();
    Path dir = dataDir.resolve("restart");
    long before = save("Sprint intervals " + run, "<p>Short and hard.</p>", ArticleStatus.PUBLISHED);
    LuceneSiteSearch first = bean(dir);
    first.onContentStoreReady(new ContentStoreReady(NOW));
    assertThat(first.search("sprint " + run, FIRST).total()).isEqualTo(1);
    first.close();
    // While it was down (or its events were lost):
    long during = save("Sprint drills " + run, "<p>Form first.</p>", ArticleStatus.PUBLISHED);
    db.run(em -> em.find(Article.class, before).setStatus(ArticleStatus.DRAFT));

    search = bean(dir);
    search.onContentStoreReady(new ContentStoreReady(NOW));

    assertThat(ids("sprint " + run)).containsExactly(during);
  }

  @Test
  void aRestartCatchesUpFromTheJournalACategoryRenamedMeanwhileThatNoChangeTimeShows() {
    String run = unique();
    String renamed = unique();
    Path dir = dataDir.resolve("renamed-category");
    Category stiff = db.inTransaction(em -> {
      Category c = new Category("stiff-" + run, "Stiffness " + run);
      em.persist(c);
      return c;
    });
    long id = save("Hamstring stretch " + run, "<p>Slowly.</p>", ArticleStatus.PUBLISHED, stiff);
    LuceneSiteSearch first = bean(dir);
    first.onContentStoreReady(new ContentStoreReady(NOW));
    assertThat(first.search("hamstring " + run, FIRST).total()).isEqualTo(1);
    first.close();
    // Another node renames the category while this one is down, as the taxonomy service does:
    db.run(em -> {
      em.find(Category.class, stiff.getId()).setName("Suppleness " + renamed);
      journal(em).append(List.of(new ArticleViewsChanged("category stiff-" + run + " changed")));
    });

    search = bean(dir);
    search.onContentStoreReady(new ContentStoreReady(NOW));

    assertThat(ids(renamed)).containsExactly(id);
  }

  @Test
  void aRestartAfterTheJournalNoLongerReachesBackIndexesEverythingAgain() {
    String run = unique();
    String renamed = unique();
    Path dir = dataDir.resolve("pruned-journal");
    Category stiff = db.inTransaction(em -> {
      Category c = new Category("tight-" + run, "Tightness " + run);
      em.persist(c);
      return c;
    });
    long id = save("Calf stretch " + run, "<p>Against a wall.</p>", ArticleStatus.PUBLISHED, stiff);
    LuceneSiteSearch first = bean(dir);
    first.onContentStoreReady(new ContentStoreReady(NOW));
    first.close();
    // Down for longer than the journal keeps rows: the rename's row is pruned away.
    db.run(em -> {
      em.find(Category.class, stiff.getId()).setName("Looseness " + renamed);
      journal(em).append(List.of(new ArticleViewsChanged("category tight-" + run + " changed")));
      journal(em).append(List.of(new MenuChanged("header")));
    });
    db.run(em -> em.createNativeQuery("delete from cms_change where id < (select max(id) from cms_change)").executeUpdate());

    search = bean(dir);
    search.onContentStoreReady(new ContentStoreReady(NOW));

    assertThat(ids(renamed)).containsExactly(id);
  }

  @Test
  void theJournalPositionRecordedFollowsWhatTheNodeAppliedOneCommitBehind() throws Exception {
    Path dir = dataDir.resolve("position");
    LuceneSiteSearch bean = bean(dir);
    search = bean;
    bean.follower.start(new ContentStoreReady(NOW));
    bean.onContentStoreReady(new ContentStoreReady(NOW));
    // A row of this node's own (the follower applies it without firing anything here):
    jakarta.persistence.EntityManager em = bean.journal.entityManager;
    em.getTransaction().begin();
    long row = bean.journal.append(List.of(new MenuChanged("header")));
    em.getTransaction().commit();
    bean.follower.catchUp();

    bean.commitAndRepair();
    assertThat(positionOf(bean, dir)).as("not yet: its events may still be on their way").isLessThan(row);
    bean.commitAndRepair();
    assertThat(positionOf(bean, dir)).isEqualTo(row);
  }

  /** The position the index last committed, read as the next start will. */
  private static long positionOf(LuceneSiteSearch bean, Path dir) throws Exception {
    try (var committed = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(dir.resolve("search-index")))) {
      return Long.parseLong(committed.getIndexCommit().getUserData().get("inkwell.journal.position"));
    }
  }

  @Test
  void oddOrBlankQueriesGiveEmptyPagesNeverErrors() {
    save("Lunges " + unique(), "<p>Step.</p>", ArticleStatus.PUBLISHED);
    search = started();

    for (String q : new String[] {null, "", "  ", "\"", "(", "*", ":", "AND", "-", "the of", "x".repeat(10_000)}) {
      assertThatCode(() -> {
            ResultPage<SearchHit> page = search.search(q, FIRST);
            assertThat(page.items()).isEmpty();
          })
          .as("query %s", q == null ? "null" : q.substring(0, Math.min(20, q.length())))
          .doesNotThrowAnyException();
    }
    assertThat(search.search("lunges", null).request()).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_PER_PAGE));
  }

  // --- helpers

  private LuceneSiteSearch started() {
    LuceneSiteSearch bean = bean(dataDir.resolve(unique()));
    bean.onContentStoreReady(new ContentStoreReady(NOW));
    return bean;
  }

  /** The bean as the container would make it; without a scheduler, background work runs inline. */
  private LuceneSiteSearch bean(Path dir) {
    LuceneSiteSearch bean = new LuceneSiteSearch();
    bean.source = new JpaSearchSource() {
      @Override
      public Map<Long, Instant> publishedVersions() {
        return db.inTransaction(em -> source(em).publishedVersions());
      }

      @Override
      public List<SearchDocument> published(Collection<Long> ids) {
        return db.inTransaction(em -> source(em).published(ids));
      }

      @Override
      public List<ArticleDetails> publishedDetails(List<Long> ids) {
        return db.inTransaction(em -> source(em).publishedDetails(ids));
      }

      @Override
      public Map<Long, PageDetails> reachablePages(Collection<Long> ids) {
        return db.inTransaction(em -> source(em).reachablePages(ids));
      }
    };
    bean.dataDir = dir.toString();
    bean.journal = journal(db.entityManager());
    bean.follower = new JournalFollower();
    bean.follower.journal = bean.journal;
    return bean;
  }

  private static ChangeJournal journal(jakarta.persistence.EntityManager em) {
    ChangeJournal journal = new ChangeJournal();
    journal.entityManager = em;
    return journal;
  }

  private static JpaSearchSource source(jakarta.persistence.EntityManager em) {
    JpaSearchSource source = new JpaSearchSource();
    source.em = em;
    return source;
  }

  private List<Long> ids(String query) {
    return search.search(query, FIRST).items().stream().map(h -> h.article().id()).toList();
  }

  private long save(String title, String body, ArticleStatus status) {
    return save(title, body, status, category);
  }

  private long save(String title, String body, ArticleStatus status, Category in) {
    return db.inTransaction(em -> {
      Article a = new Article(em.find(User.class, author.getId()), NOW);
      a.setTitle(title);
      a.setSlug(org.inkwell.cms.core.Slug.fromTitle(title).value());
      a.setBody(HtmlSanitizer.body(body));
      a.setExcerpt(Excerpts.generate(a.getBody()), false);
      a.setStatus(status);
      a.setPrimaryCategory(em.find(Category.class, in.getId()));
      a.setPublishedAt(status == ArticleStatus.PUBLISHED ? NOW : null);
      em.persist(a);
      em.flush();
      return a.getId();
    });
  }

  private List<Long> pageIds(String query) {
    return search.searchPages(query, 5).stream().map(h -> h.page().id()).toList();
  }

  private long savePage(String title, String body, ArticleStatus status, Long parent) {
    return db.inTransaction(em -> {
      Page p = new Page(em.find(User.class, author.getId()), NOW);
      p.setTitle(title);
      p.setSlug(org.inkwell.cms.core.Slug.fromTitle(title).value());
      p.setBody(HtmlSanitizer.body(body));
      p.setExcerpt(Excerpts.generate(p.getBody()), false);
      p.setStatus(status);
      p.setParent(parent == null ? null : em.find(Page.class, parent));
      p.setPublishedAt(status == ArticleStatus.PUBLISHED ? NOW : null);
      em.persist(p);
      em.flush();
      return p.getId();
    });
  }

  private static ArticleRef ref(long id) {
    return new ArticleRef(id, "slug", "title", "uncategorized", List.of("uncategorized"), List.of(), NOW);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
