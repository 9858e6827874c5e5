package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.PageQuery;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.event.PageChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page service on the migrated schema, with the article service beside it on the same table:
 * run for H2 and for PostgreSQL by the subclasses. Each call is a transaction of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PagesContract {

  private final List<Object> fired = new ArrayList<>();
  private final AfterCommitEvents events =
      new AfterCommitEvents() {
        @Override
        public void fire(Object event) {
          fired.add(event);
        }
      };
  private TestDatabase db;
  private Actor editor;

  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    db = database().migrate();
    editor = newActor(Role.EDITOR);
  }

  @AfterAll
  void drop() throws Exception {
    db.close();
  }

  @Test
  void aChildPageLivesAtItsParentsAddressWithBreadcrumbs() {
    String run = unique();
    fired.clear();
    PageDetails about = pages(s -> s.create(page("About " + run, null, ArticleStatus.PUBLISHED), editor));
    PageDetails authors = pages(s -> s.create(page("Our Authors " + run, about.id(), ArticleStatus.PUBLISHED), editor));

    assertThat(authors.path()).isEqualTo(about.slug() + "/" + authors.slug());
    assertThat(authors.parent()).isEqualTo(about.id());
    assertThat(authors.ancestors()).containsExactly(new PageLink(about.id(), about.title(), about.slug()));
    assertThat(pages((DefaultPageService s) -> s.findPublished(authors.slug()))).map(PageDetails::id).contains(authors.id());
    assertThat(fired).hasSize(2).hasOnlyElementsOfType(PageChanged.class);
  }

  @Test
  void aPageUnderADraftIsNotPublicUntilItsParentIs() {
    String run = unique();
    PageDetails parent = pages(s -> s.create(page("Draft parent " + run, null, null), editor));
    PageDetails child = pages(s -> s.create(page("Public child " + run, parent.id(), ArticleStatus.PUBLISHED), editor));

    assertThat(pages((DefaultPageService s) -> s.findPublished(child.slug()))).isEmpty();
    assertThat(pages((DefaultPageService s) -> s.published())).extracting(PageDetails::id).doesNotContain(child.id());

    pages(s -> s.update(parent.id(), status(ArticleStatus.PUBLISHED), parent.version(), true, editor));

    assertThat(pages((DefaultPageService s) -> s.findPublished(child.slug()))).isPresent();
  }

  @Test
  void aPageCannotMoveBelowItselfNorUnderAnUnknownOrTrashedPage() {
    String run = unique();
    PageDetails top = pages(s -> s.create(page("Top " + run, null, null), editor));
    PageDetails middle = pages(s -> s.create(page("Middle " + run, top.id(), null), editor));
    PageDetails bottom = pages(s -> s.create(page("Bottom " + run, middle.id(), null), editor));
    PageDetails trashed = pages(s -> s.trash(pages(t -> t.create(page("Gone " + run, null, null), editor)).id(), null, editor));

    assertFieldRefused(() -> pages(s -> s.update(top.id(), parent(bottom.id()), top.version(), true, editor)), "parent");
    assertFieldRefused(() -> pages(s -> s.update(top.id(), parent(top.id()), top.version(), true, editor)), "parent");
    assertFieldRefused(() -> pages(s -> s.create(page("Orphan " + run, 999_999_999L, null), editor)), "parent");
    assertFieldRefused(() -> pages(s -> s.create(page("Under trash " + run, trashed.id(), null), editor)), "parent");

    PageDetails moved = pages(s -> s.update(bottom.id(), parent(0L), bottom.version(), true, editor));
    assertThat(moved.parent()).isNull();
    assertThat(moved.path()).isEqualTo(bottom.slug());
  }

  @Test
  void pagesAndArticlesShareOneNamespaceOfSlugs() {
    String run = unique();
    ArticleDetails article = articles(s -> s.create(article("Shared " + run), editor));
    PageDetails page = pages(s -> s.create(page("Other " + run, null, null), editor));

    assertConflictAtSlug(() -> pages(s -> s.create(withSlug("Clash " + run, article.slug()), editor)));
    assertConflictAtSlug(() -> articles(s -> s.create(articleWithSlug("Clash " + run, page.slug()), editor)));
    assertConflictAtSlug(() -> pages(s -> s.update(page.id(), withSlug(null, article.slug()), page.version(), true, editor)));
    assertFieldRefused(() -> pages(s -> s.create(withSlug("Feed " + run, "feed"), editor)), "slug");

    PageDetails sameTitle = pages(s -> s.create(page("Shared " + run, null, null), editor));
    assertThat(sameTitle.slug()).isEqualTo(article.slug() + "-2");
  }

  @Test
  void onlyEditorsGiveAPageAnAddressThatRedirectsToAnArticle() {
    String run = unique();
    ArticleDetails moved = articles(s -> s.create(articleWithSlug("Moved " + run, "old-home-" + run), editor));
    articles(s -> s.update(moved.id(), articleWithSlug(null, "new-home-" + run), moved.version(), true, editor));
    Actor author = newActor(Role.AUTHOR);

    assertThatThrownBy(() -> pages(s -> s.create(withSlug("Taken " + run, "old-home-" + run), author)))
        .isInstanceOfSatisfying(
            ContentConflictException.class,
            e -> {
              assertThat(e.problemType()).isEqualTo("slug-redirects");
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug");
            });
    PageDetails taken = pages(s -> s.create(withSlug("Taken " + run, "old-home-" + run), editor));
    assertThat(taken.slug()).isEqualTo("old-home-" + run);
    assertThat(articles((DefaultArticleService s) -> s.currentSlug("old-home-" + run))).isEmpty();
  }

  @Test
  void articlesNeverSeePagesAndPagesNeverSeeArticles() {
    String run = unique();
    PageDetails page = pages(s -> s.create(page("Hidden from the stream " + run, null, ArticleStatus.PUBLISHED), editor));
    ArticleDetails article = articles(s -> s.create(article("In the stream " + run), editor));

    assertThatThrownBy(() -> articles(s -> s.find(page.id(), editor))).isInstanceOf(ContentNotFoundException.class);
    assertThatThrownBy(() -> pages(s -> s.find(article.id(), editor))).isInstanceOf(ContentNotFoundException.class);
    assertThat(articles((DefaultArticleService s) -> s.findPublished(page.slug()))).isEmpty();
    assertThat(pages((DefaultPageService s) -> s.findPublished(article.slug()))).isEmpty();
    var listed = articles(s -> s.list(ArticleQuery.published(), new PageRequest(1, 100), editor));
    assertThat(listed.items()).extracting(ArticleDetails::id).doesNotContain(page.id());
    assertThat(db.inTransaction((jakarta.persistence.EntityManager em) -> catalog(em).published(0, 10_000)))
        .extracting(a -> a.id())
        .doesNotContain(page.id());
  }

  @Test
  void anOldSlugFindsThePageAtItsCurrentAddress() {
    String run = unique();
    PageDetails page = pages(s -> s.create(page("Contact " + run, null, ArticleStatus.PUBLISHED), editor));

    PageDetails renamed = pages(s -> s.update(page.id(), withSlug(null, "reach-us-" + run), page.version(), true, editor));

    assertThat(pages((DefaultPageService s) -> s.findPublished(page.slug()))).map(PageDetails::path).contains(renamed.path());
    assertThat(articles((DefaultArticleService s) -> s.currentSlug(page.slug()))).isEmpty();
  }

  @Test
  void everySaveKeepsTheReplacedTitleAndBodyAsARevision() {
    String run = unique();
    PageDetails first = pages(s -> s.create(body("Privacy " + run, "<p>First.</p>"), editor));
    PageDetails second = pages(s -> s.update(first.id(), body(null, "<p>Second.</p>"), first.version(), true, editor));

    assertThat(pages((DefaultPageService s) -> s.revisions(first.id(), editor))).extracting(r -> r.body()).containsExactly("<p>First.</p>");

    PageDetails restored = pages(s -> s.restoreRevision(first.id(), 1, second.version(), editor));

    assertThat(restored.body()).isEqualTo("<p>First.</p>");
    assertThat(pages((DefaultPageService s) -> s.revisions(first.id(), editor))).hasSize(2);
  }

  @Test
  void listsInTreeOrderFilteredByParentStatusAndSlug() {
    String run = unique();
    PageDetails b = pages(s -> s.create(ordered("B " + run, null, 2), editor));
    PageDetails a = pages(s -> s.create(ordered("A " + run, null, 1), editor));
    PageDetails a2 = pages(s -> s.create(ordered("A2 " + run, a.id(), 2), editor));
    PageDetails a1 = pages(s -> s.create(ordered("A1 " + run, a.id(), 1), editor));
    List<Long> mine = List.of(a.id(), a1.id(), a2.id(), b.id());

    var drafts = pages(s -> s.list(new PageQuery(EnumSet.of(ArticleStatus.DRAFT), null, null), new PageRequest(1, 100), editor));
    assertThat(drafts.items()).extracting(PageDetails::id).filteredOn(mine::contains)
        .containsExactly(a.id(), a1.id(), a2.id(), b.id());
    var children = pages(s -> s.list(new PageQuery(EnumSet.of(ArticleStatus.DRAFT), a.id(), null), new PageRequest(1, 100), editor));
    assertThat(children.items()).extracting(PageDetails::id).containsExactly(a1.id(), a2.id());
    var bySlug = pages(s -> s.list(new PageQuery(EnumSet.of(ArticleStatus.DRAFT), null, b.slug()), new PageRequest(1, 100), editor));
    assertThat(bySlug.items()).extracting(PageDetails::id).containsExactly(b.id());
    assertThat(pages((DefaultPageService s) -> s.list(PageQuery.published(), new PageRequest(1, 100), editor)).items())
        .extracting(PageDetails::id).doesNotContainAnyElementsOf(mine);
  }

  @Test
  void rolesAreTheArticlesRoles() {
    String run = unique();
    Actor contributor = newActor(Role.CONTRIBUTOR);
    PageDetails own = pages(s -> s.create(page("Contributed " + run, null, null), contributor));

    assertThatThrownBy(() -> pages(s -> s.update(own.id(), status(ArticleStatus.PUBLISHED), own.version(), true, contributor)))
        .isInstanceOf(AccessDeniedException.class);
    PageDetails editors = pages(s -> s.create(page("Editors' " + run, null, null), editor));
    assertThatThrownBy(() -> pages(s -> s.find(editors.id(), contributor))).isInstanceOf(ContentNotFoundException.class);
    assertFieldRefused(() -> pages(s -> s.create(page("Pending " + run, null, ArticleStatus.PENDING), editor)), "status");
  }

  @Test
  void aPreviewShowsThePageAsItWouldBeAndStoresNothing() {
    String run = unique();
    PageDetails about = pages(s -> s.create(page("About " + run, null, ArticleStatus.PUBLISHED), editor));
    PageDetails team = pages(s -> s.create(page("Team " + run, null, null), editor));
    fired.clear();

    PageDetails shown = pages(s -> s.preview(team.id(), new PageInput(
        "Our team " + run, null, "<p>Unsaved<script>x()</script></p>", null, about.id(), 3, null, null, null), editor));
    PageDetails unsaved = pages(s -> s.preview(null, page("Brand new " + run, about.id(), null), editor));

    assertThat(shown.title()).isEqualTo("Our team " + run);
    assertThat(shown.body()).isEqualTo("<p>Unsaved</p>");
    assertThat(shown.path()).isEqualTo(about.slug() + "/" + team.slug());
    assertThat(shown.ancestors()).extracting(PageLink::id).containsExactly(about.id());
    assertThat(unsaved.path()).startsWith(about.slug() + "/brand-new-");
    PageDetails stored = pages(s -> s.find(team.id(), editor));
    assertThat(stored.title()).isEqualTo("Team " + run);
    assertThat(stored.parent()).isNull();
    assertThat(stored.version()).isEqualTo(team.version());
    assertThat(pages((DefaultPageService s) -> s.list(new PageQuery(EnumSet.of(ArticleStatus.DRAFT), about.id(), null), new PageRequest(1, 100), editor)).items())
        .as("the unsaved page was never stored").isEmpty();
    assertThat(fired).isEmpty();
    assertThatThrownBy(() -> pages(s -> s.preview(about.id(), page("Taken over " + run, null, null), newActor(Role.CONTRIBUTOR))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aPagesAutosaveIsItsOwnAndEndsWithTheNextSave() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    PageDetails page = pages(s -> s.create(page("Contact " + run, null, null), author));
    articles(s -> s.autosave(null, "A new article", "<p>Article idea</p>", "Its excerpt", author));

    pages(s -> s.autosave(page.id(), "Contact us " + run, "<p>Typed<script>x()</script></p>", author));
    pages(s -> s.autosave(null, "A new page", "<p>Page idea</p>", author));

    assertThat(pages((DefaultPageService s) -> s.findAutosave(page.id(), author))).hasValueSatisfying(a -> {
      assertThat(a.contentId()).isEqualTo(page.id());
      assertThat(a.body()).isEqualTo("<p>Typed</p>");
      assertThat(a.excerpt()).isEmpty();
    });
    assertThat(pages((DefaultPageService s) -> s.findAutosave(null, author))).map(a -> a.title()).contains("A new page");
    assertThat(articles((DefaultArticleService s) -> s.findAutosave(null, author))).as("a new article's is apart from a new page's")
        .map(a -> a.title()).contains("A new article");
    assertThat(pages((DefaultPageService s) -> s.find(page.id(), author)).version()).isEqualTo(page.version());
    assertThatThrownBy(() -> pages(s -> s.autosave(page.id(), "Mine", "", newActor(Role.AUTHOR))))
        .as("others' drafts stay invisible").isInstanceOf(ContentNotFoundException.class);

    pages(s -> s.update(page.id(), body("Contact us " + run, null), page.version(), true, author));
    pages(s -> s.create(page("Another " + run, null, null), author));

    assertThat(pages((DefaultPageService s) -> s.findAutosave(page.id(), author))).isEmpty();
    assertThat(pages((DefaultPageService s) -> s.findAutosave(null, author))).isEmpty();
    assertThat(articles((DefaultArticleService s) -> s.findAutosave(null, author))).isPresent();
    pages(s -> {
      s.discardAutosave(page.id(), author);
      return null;
    });
  }

  @Test
  void movingAPageReordersItsSiblingsOnly() {
    String run = unique();
    PageDetails parent = pages(s -> s.create(page("Help " + run, null, ArticleStatus.PUBLISHED), editor));
    PageDetails a = pages(s -> s.create(new PageInput("A " + run, null, null, ArticleStatus.PUBLISHED, parent.id(), 0, null, null, null), editor));
    PageDetails b = pages(s -> s.create(ordered("B " + run, parent.id(), 0), editor));
    PageDetails c = pages(s -> s.create(ordered("C " + run, parent.id(), 0), editor));
    PageDetails trashed = pages(s -> s.trash(pages(t -> t.create(ordered("D " + run, parent.id(), 0), editor)).id(), null, editor));
    PageDetails elsewhere = pages(s -> s.create(ordered("Elsewhere " + run, null, 0), editor));
    fired.clear();

    pages(s -> s.move(c.id(), -1, editor));
    assertThat(children(parent)).containsExactly(a.id(), c.id(), b.id());
    pages(s -> s.move(a.id(), 5, editor));
    assertThat(children(parent)).as("as far as the last place").containsExactly(c.id(), b.id(), a.id());
    pages(s -> s.move(c.id(), -1, editor));
    assertThat(children(parent)).as("the first stays first").containsExactly(c.id(), b.id(), a.id());

    assertThat(pages((DefaultPageService s) -> s.find(elsewhere.id(), editor)).version()).isEqualTo(elsewhere.version());
    assertThat(pages((DefaultPageService s) -> s.find(trashed.id(), editor)).version()).isEqualTo(trashed.version());
    assertThat(fired).as("the published page's address lists change").hasOnlyElementsOfType(PageChanged.class).isNotEmpty();
    assertThat(pages((DefaultPageService s) -> s.revisions(a.id(), editor))).as("an order is no content").isEmpty();
    assertThatThrownBy(() -> pages(s -> s.move(trashed.id(), -1, editor))).isInstanceOf(ContentConflictException.class);
    assertThatThrownBy(() -> pages(s -> s.move(b.id(), -1, newActor(Role.AUTHOR))))
        .isInstanceOf(ContentNotFoundException.class);
  }

  // --- the services wired by hand, each call in one transaction

  private <T> T pages(Function<DefaultPageService, T> call) {
    return db.inTransaction(em -> {
      DefaultPageService service = new DefaultPageService();
      service.pages = new PageRepository(em);
      service.contents = new ArticleRepository(em);
      service.users = new UserRepository(em);
      service.autosaves = new AutosaveRepository(em);
      service.events = events;
      RecordingTransactions transaction = new RecordingTransactions();
      service.transaction = transaction;
      T result = call.apply(service);
      if (transaction.getRollbackOnly()) {
        em.getTransaction().setRollbackOnly();
      }
      return result;
    });
  }

  private List<Long> children(PageDetails parent) {
    return pages(s -> s.list(new PageQuery(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED), parent.id(), null),
        new PageRequest(1, 100), editor)).items().stream().map(PageDetails::id).toList();
  }

  private <T> T articles(Function<DefaultArticleService, T> call) {
    return db.inTransaction(em -> {
      DefaultArticleService service = new DefaultArticleService();
      service.articles = new ArticleRepository(em);
      service.taxonomy = new TaxonomyRepository(em);
      service.users = new UserRepository(em);
      service.autosaves = new AutosaveRepository(em);
      service.events = events;
      service.newTags = new NewTags();
      service.newTags.taxonomy = service.taxonomy;
      return call.apply(service);
    });
  }

  private static JpaArticleCatalog catalog(jakarta.persistence.EntityManager em) {
    JpaArticleCatalog catalog = new JpaArticleCatalog();
    catalog.em = em;
    return catalog;
  }

  private Actor newActor(Role role) {
    String login = role.wireName() + "-" + unique();
    return db.inTransaction(em -> {
      User user = new User(login, "Test " + role.wireName(), role, "unused", Instant.now());
      em.persist(user);
      return new Actor(user.getId(), login, role);
    });
  }

  private static void assertFieldRefused(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field).contains(field));
  }

  private static void assertConflictAtSlug(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ContentConflictException.class,
            e -> {
              assertThat(((CmsException) e).problemType()).isEqualTo("slug-taken");
              assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug");
            });
  }

  // --- test data

  private static PageInput page(String title, Long parent, ArticleStatus status) {
    return new PageInput(title, null, "<p>" + title + "</p>", status, parent, null, null, null, null);
  }

  private static PageInput ordered(String title, Long parent, int menuOrder) {
    return new PageInput(title, null, null, null, parent, menuOrder, null, null, null);
  }

  private static PageInput body(String title, String body) {
    return new PageInput(title, null, body, null, null, null, null, null, null);
  }

  private static PageInput withSlug(String title, String slug) {
    return new PageInput(title, slug, null, null, null, null, null, null, null);
  }

  private static PageInput status(ArticleStatus status) {
    return new PageInput(null, null, null, status, null, null, null, null, null);
  }

  private static PageInput parent(Long parent) {
    return new PageInput(null, null, null, null, parent, null, null, null, null);
  }

  private static ArticleInput article(String title) {
    return new ArticleInput(title, null, null, null, ArticleStatus.PUBLISHED, null, null, null, null, null, null, null, null);
  }

  private static ArticleInput articleWithSlug(String title, String slug) {
    return new ArticleInput(title, slug, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
