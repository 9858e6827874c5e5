package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.inkwell.cms.articles.Account;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.AutosaveDetails;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.CategoryInput;
import org.inkwell.cms.articles.RevisionDetails;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.Term;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.articles.wordpress.ImportOptions;
import org.inkwell.cms.articles.wordpress.media.ImportedImages;
import org.inkwell.cms.articles.wordpress.wxr.WxrEntry;
import org.inkwell.cms.articles.wordpress.wxr.WxrReader;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The services behind the editors' screens, minus the container: the real queries on an H2 file,
 * each call in a transaction of its own, events recorded where the server fires them after commit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditingServicesIT {

  private final RecordedEvents events = new RecordedEvents();
  private TestDatabase db;
  private Actor admin;

  @BeforeAll
  void migrate() {
    db = TestDatabase.h2().migrate();
    admin = newActor(Role.ADMIN);
  }

  @AfterAll
  void drop() throws Exception {
    db.close();
  }

  @Test
  void restoringARevisionSavesTheReplacedContentAsANewRevision() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    ArticleDetails first =
        articles(s -> s.create(article("First " + run, "<p>First body.</p>", ArticleStatus.PUBLISHED), author));
    ArticleDetails second =
        articles(s -> s.update(first.id(), article("Second " + run, "<p>Second body.</p>", null), first.version(), true, author));
    events.fired.clear();

    ArticleDetails restored = articles(s -> s.restoreRevision(first.id(), 1, second.version(), author));

    assertThat(restored.title()).isEqualTo("First " + run);
    assertThat(restored.body()).isEqualTo("<p>First body.</p>");
    List<RevisionDetails> revisions = articles(s -> s.revisions(first.id(), author));
    assertThat(revisions)
        .extracting(RevisionDetails::number, RevisionDetails::title)
        .containsExactly(
            tuple(2, "Second " + run),
            tuple(1, "First " + run));
    assertThat(events.fired).singleElement().isInstanceOfSatisfying(ArticleUpdated.class, e -> {
      assertThat(e.previous().title()).isEqualTo("Second " + run);
      assertThat(e.article().title()).isEqualTo("First " + run);
    });
    assertThatThrownBy(() -> articles(s -> s.restoreRevision(first.id(), 1, second.version(), author)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> articles(s -> s.restoreRevision(first.id(), 9, restored.version(), author)))
        .isInstanceOf(ContentNotFoundException.class);
    ArticleDetails later =
        articles(s -> s.update(first.id(), article(null, "<p>Third body.</p>", null), restored.version(), true, author));
    assertThat(later.excerpt()).as("a restored generated excerpt keeps following the body").isEqualTo("Third body.");
  }

  @Test
  void anAutosaveKeepsSanitisedWorkWithoutTouchingTheArticleUntilTheNextSave() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    ArticleDetails saved = articles(s -> s.create(article("Autosaved " + run, "<p>Saved.</p>", ArticleStatus.DRAFT), author));
    events.fired.clear();

    AutosaveDetails kept = articles(s -> s.autosave(
        saved.id(), " Unsaved " + run + " ", "<p>Unsaved<script>alert(1)</script></p>", "<b>Short</b> text", author));

    assertThat(kept.contentId()).isEqualTo(saved.id());
    assertThat(kept.title()).isEqualTo("Unsaved " + run);
    assertThat(kept.body()).isEqualTo("<p>Unsaved</p>");
    assertThat(kept.excerpt()).isEqualTo("Short text");
    assertThat(events.fired).isEmpty();
    ArticleDetails unchanged = articles(s -> s.find(saved.id(), author));
    assertThat(unchanged.title()).isEqualTo("Autosaved " + run);
    assertThat(unchanged.version()).isEqualTo(saved.version());

    articles(s -> s.autosave(saved.id(), "", "<p>Later</p>", null, author));
    assertThat(autosaveOf(saved.id(), author))
        .hasValueSatisfying(a -> assertThat(a.body()).isEqualTo("<p>Later</p>"));
    assertThatThrownBy(() -> articles(s -> s.autosave(saved.id(), "Mine", "", "", newActor(Role.AUTHOR))))
        .as("others' drafts stay invisible").isInstanceOf(ContentNotFoundException.class);

    articles(s -> s.update(saved.id(), article("Saved again " + run, null, null), saved.version(), true, author));
    assertThat(autosaveOf(saved.id(), author)).isEmpty();
  }

  @Test
  void theAutosaveOfAnArticleNotSavedYetIsDiscardedByCreatingOne() {
    Actor contributor = newActor(Role.CONTRIBUTOR);
    Actor other = newActor(Role.CONTRIBUTOR);
    articles(s -> s.autosave(null, "An idea", "<p>Idea</p>", "", contributor));
    articles(s -> s.autosave(null, "Their idea", "<p>Idea</p>", "", other));

    assertThat(autosaveOf(null, contributor)).hasValueSatisfying(a -> {
      assertThat(a.contentId()).isNull();
      assertThat(a.title()).isEqualTo("An idea");
    });
    articles(s -> s.create(article("An idea " + unique(), "<p>Idea</p>", null), contributor));
    assertThat(autosaveOf(null, contributor)).isEmpty();
    articles(s -> {
      s.discardAutosave(null, other);
      return null;
    });
    assertThat(autosaveOf(null, other)).isEmpty();
  }

  @Test
  void statusCountsShowContributorsOnlyTheirOwnUnpublishedArticles() {
    Actor contributor = newActor(Role.CONTRIBUTOR);
    articles(s -> s.create(article("Counted " + unique(), "", null), contributor));
    articles(s -> s.create(article("Not counted " + unique(), "", null), newActor(Role.AUTHOR)));

    Map<ArticleStatus, Long> own = articles(s -> s.countByStatus(contributor));
    Map<ArticleStatus, Long> all = articles(s -> s.countByStatus(admin));

    assertThat(own).containsOnlyKeys(ArticleStatus.values()).containsEntry(ArticleStatus.DRAFT, 1L)
        .containsEntry(ArticleStatus.PENDING, 0L)
        .containsEntry(ArticleStatus.PUBLISHED, all.get(ArticleStatus.PUBLISHED));
    assertThat(all.get(ArticleStatus.DRAFT)).isGreaterThanOrEqualTo(2L);
  }

  @Test
  void onlyEditorsGiveAnArticleTheAddressThatRedirectsToAnother() {
    String run = unique();
    String former = "old-home-" + run;
    Actor editor = newActor(Role.EDITOR);
    ArticleDetails moved = articles(s -> s.create(slugged("Moved " + run, former), editor));
    articles(s -> s.update(moved.id(), slugged(null, "new-home-" + run), moved.version(), true, editor));
    articles(s -> s.update(moved.id(), article(null, null, ArticleStatus.PUBLISHED), moved.version() + 1, true, editor));

    for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
      Actor writer = newActor(role);
      assertThatThrownBy(() -> articles(s -> s.create(slugged("New " + run, former), writer)))
          .as("a new draft of a %s", role)
          .isInstanceOfSatisfying(ContentConflictException.class, e -> {
            assertThat(e.problemType()).isEqualTo("slug-redirects");
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("slug");
            assertThat(e.getMessage()).contains("pick another slug or ask an editor");
          });
      ArticleDetails own = articles(s -> s.create(article("Own " + run, "", null), writer));
      assertThatThrownBy(() -> articles(s -> s.update(own.id(), slugged(null, former), own.version(), true, writer)))
          .as("a slug change by a %s", role)
          .isInstanceOfSatisfying(ContentConflictException.class, e -> assertThat(e.problemType()).isEqualTo("slug-redirects"));
    }
    assertThat(currentSlug(former)).contains("new-home-" + run);

    Actor author = newActor(Role.AUTHOR);
    ArticleDetails mine = articles(s -> s.create(slugged("Mine " + run, "first-" + run), author));
    ArticleDetails renamed = articles(s -> s.update(mine.id(), slugged(null, "second-" + run), mine.version(), true, author));
    ArticleDetails back = articles(s -> s.update(mine.id(), slugged(null, "first-" + run), renamed.version(), true, author));
    assertThat(back.slug()).as("an article's own former address is its author's").isEqualTo("first-" + run);

    ArticleDetails taken = articles(s -> s.create(slugged("Taken " + run, former), editor));
    assertThat(taken.slug()).isEqualTo(former);
    assertThat(currentSlug(former)).as("the editor ended the redirect").isEmpty();
  }

  @Test
  void editorsMakeArticlesStickyAndTheStickyPublishedOnesAreListedNewestFirst() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    Actor editor = newActor(Role.EDITOR);
    ArticleDetails own = articles(s -> s.create(article("Own " + run, "<p>x</p>", ArticleStatus.PUBLISHED), author));
    assertThat(own.sticky()).isFalse();
    assertThatThrownBy(() -> articles(s -> s.update(own.id(), sticky(true), own.version(), true, author)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("sticky"));
    ArticleDetails older = articles(s -> s.update(own.id(), sticky(true), own.version(), true, editor));
    assertThat(older.sticky()).isTrue();
    ArticleDetails resent = articles(s -> s.update(own.id(), sticky(true), older.version(), true, author));
    assertThat(resent.sticky()).as("its author may send it back as stored").isTrue();
    ArticleDetails retitled = articles(s -> s.update(own.id(), article("Own, retitled " + run, null, null), resent.version(), true, author));
    assertThat(retitled.sticky()).as("left out, it stays").isTrue();

    ArticleDetails newer = articles(s -> s.create(
        new ArticleInput("Newer " + run, null, "<p>y</p>", null, ArticleStatus.PUBLISHED, null, null, null, null, null, null, null, true),
        editor));
    ArticleDetails draft = articles(s -> s.create(
        new ArticleInput("Draft " + run, null, "<p>z</p>", null, null, null, null, null, null, null, null, null, true), editor));
    List<Long> sticky = articles(s -> s.stickyPublished(100)).stream().map(ArticleDetails::id).toList();
    assertThat(sticky).contains(newer.id(), own.id()).doesNotContain(draft.id());
    assertThat(sticky.indexOf(newer.id())).isLessThan(sticky.indexOf(own.id()));
    articles(s -> s.update(own.id(), sticky(false), retitled.version(), true, editor));
    List<ArticleDetails> after = articles(s -> s.stickyPublished(100));
    assertThat(after).extracting(ArticleDetails::id).doesNotContain(own.id());
  }

  private static ArticleInput sticky(boolean sticky) {
    return new ArticleInput(null, null, null, null, null, null, null, null, null, null, null, null, sticky);
  }

  @Test
  void onlyThoseWhoMayPublishAnArticleSetWhenItGoesLive() {
    String run = unique();
    Instant past = Instant.parse("2020-01-01T08:00:00Z");
    Actor contributor = newActor(Role.CONTRIBUTOR);
    Actor editor = newActor(Role.EDITOR);
    assertThatThrownBy(() -> articles(s -> s.create(timed("Backdated " + run, null, past), contributor)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("publishAt"));
    ArticleDetails draft = articles(s -> s.create(article("Draft " + run, "", null), contributor));
    assertThatThrownBy(() -> articles(s -> s.update(draft.id(), timed(null, null, past), draft.version(), true, contributor)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("publishAt"));

    ArticleDetails submitted = articles(s -> s.update(draft.id(), article(null, null, ArticleStatus.PENDING), draft.version(), true, contributor));
    ArticleDetails published = articles(s -> s.update(draft.id(), article(null, null, ArticleStatus.PUBLISHED), submitted.version(), true, editor));
    assertThat(published.publishAt()).isNull();
    assertThat(published.publishedAt()).as("published now, by the editor").isAfter(past);

    ArticleDetails planned = articles(s -> s.create(article("Planned " + run, "", null), contributor));
    ArticleDetails dated = articles(s -> s.update(planned.id(), timed(null, null, past), planned.version(), true, editor));
    ArticleDetails resent = articles(s -> s.update(planned.id(), timed("Planned, retitled " + run, null, past), dated.version(), true, contributor));
    assertThat(resent.publishAt()).as("the stored time may come back as it is").isEqualTo(past);

    ArticleDetails backdated = articles(s -> s.create(timed("Backdated by its author " + run, ArticleStatus.PUBLISHED, past), newActor(Role.AUTHOR)));
    assertThat(backdated.publishedAt()).isEqualTo(past);
  }

  @Test
  void aPreviewShowsNewTagsButCreatesNoneUntilTheArticleIsSaved() {
    String run = unique();
    String brandNew = "brand-new-xyz-" + run;
    Actor author = newActor(Role.AUTHOR);
    TagDetails existing = taxonomy(s -> s.createTag("Stored " + run, admin));

    ArticleDetails unsaved = articles(s -> s.preview(null, tagged("Unsaved " + run, null, existing.name(), brandNew), author));

    assertThat(unsaved.tags()).extracting(Term::slug).containsExactlyInAnyOrder(existing.slug(), brandNew);
    assertThat(tagSlugs()).doesNotContain(brandNew);
    assertThatThrownBy(() -> articles(s -> s.find(unsaved.id(), author))).as("nor the article").isInstanceOf(ContentNotFoundException.class);

    ArticleDetails saved = articles(s -> s.create(tagged("Saved " + run, null, existing.name()), author));
    ArticleDetails previewed = articles(s -> s.preview(saved.id(), tagged("Saved " + run, null, brandNew), author));

    assertThat(previewed.tags()).extracting(Term::slug).containsExactly(brandNew);
    assertThat(tagSlugs()).doesNotContain(brandNew);
    assertThat(articles(s -> s.find(saved.id(), author)).tags()).extracting(Term::slug).containsExactly(existing.slug());

    ArticleDetails updated = articles(s -> s.update(saved.id(), tagged(null, null, brandNew), saved.version(), true, author));

    assertThat(updated.tags()).extracting(Term::slug).containsExactly(brandNew);
    assertThat(tagSlugs()).contains(brandNew);
  }

  @Test
  void aRenamedTagKeepsItsArticlesAndIsFoundByItsNewName() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    TagDetails tag = taxonomy(s -> s.createTag("Mobility " + run, admin));
    ArticleDetails published = articles(s -> s.create(tagged("Published " + run, ArticleStatus.PUBLISHED, "Mobility " + run), author));
    ArticleDetails draft = articles(s -> s.create(tagged("Draft " + run, null, "Mobility " + run), author));
    events.fired.clear();

    taxonomy(s -> s.renameTag(tag.id(), "Mobility & Stretching " + run, null, admin));

    assertThat(events.fired).singleElement().isInstanceOf(ArticleViewsChanged.class);
    ArticleDetails resaved = articles(s -> s.update(
        draft.id(), tagged(null, null, "mobility & stretching " + run), draft.version(), true, author));
    assertThat(resaved.tags()).extracting(Term::slug, Term::name)
        .containsExactly(tuple(tag.slug(), "Mobility & Stretching " + run));
    events.fired.clear();

    TagDetails renamed = taxonomy(s -> s.renameTag(tag.id(), null, "stretching-" + run, admin));

    assertThat(renamed.slug()).isEqualTo("stretching-" + run);
    assertThat(events.fired).hasSize(2).filteredOn(ArticleUpdated.class::isInstance).singleElement()
        .isInstanceOfSatisfying(ArticleUpdated.class, e -> {
          assertThat(e.article().id()).isEqualTo(published.id());
          assertThat(e.previous().tags()).containsExactly(tag.slug());
          assertThat(e.article().tags()).containsExactly("stretching-" + run);
        });
  }

  @Test
  void aTagCannotBeRenamedIntoAnotherOrBreakTheRules() {
    String run = unique();
    TagDetails tag = taxonomy(s -> s.createTag("Yoga " + run, admin));
    TagDetails other = taxonomy(s -> s.createTag("Pilates " + run, admin));

    assertThatThrownBy(() -> taxonomy(s -> s.renameTag(tag.id(), null, other.slug(), admin)))
        .isInstanceOf(ContentConflictException.class);
    assertThatThrownBy(() -> taxonomy(s -> s.renameTag(tag.id(), "PILATES " + run, null, admin)))
        .isInstanceOf(ContentConflictException.class);
    assertThatThrownBy(() -> taxonomy(s -> s.renameTag(tag.id(), " ", "Not A Slug", admin)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "slug"));
    assertThatThrownBy(() -> taxonomy(s -> s.renameTag(tag.id(), "Mine", null, newActor(Role.AUTHOR))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void mergedTagsLeaveTheirArticlesToTheTarget() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    TagDetails a = taxonomy(s -> s.createTag("Stretch " + run, admin));
    TagDetails b = taxonomy(s -> s.createTag("Stretches " + run, admin));
    TagDetails target = taxonomy(s -> s.createTag("Stretching " + run, admin));
    ArticleDetails both = articles(s -> s.create(tagged("Both " + run, ArticleStatus.PUBLISHED, a.name(), target.name()), author));
    ArticleDetails other = articles(s -> s.create(tagged("Other " + run, ArticleStatus.PUBLISHED, b.name()), author));
    ArticleDetails draft = articles(s -> s.create(tagged("Draft " + run, null, a.name()), author));
    events.fired.clear();

    taxonomy(s -> s.mergeTags(List.of(a.id(), b.id()), target.id(), admin));

    for (ArticleDetails before : List.of(both, other, draft)) {
      ArticleDetails after = articles(s -> s.find(before.id(), author));
      assertThat(after.tags()).extracting(Term::slug).containsExactly(target.slug());
      assertThat(after.version()).isGreaterThan(before.version());
    }
    List<TagDetails> tags = taxonomy(s -> s.tags());
    assertThat(tags).extracting(TagDetails::id).doesNotContain(a.id(), b.id()).contains(target.id());
    assertThat(events.fired.stream().filter(ArticleUpdated.class::isInstance).map(e -> ((ArticleUpdated) e).article().id()))
        .containsExactlyInAnyOrder(both.id(), other.id());
    assertThat(events.fired).filteredOn(ArticleViewsChanged.class::isInstance).hasSize(1);
    assertThatThrownBy(() -> taxonomy(s -> s.mergeTags(List.of(target.id()), target.id(), admin)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("into"));
    assertThatThrownBy(() -> taxonomy(s -> s.mergeTags(List.of(a.id()), target.id(), admin)))
        .as("already merged").isInstanceOf(ContentNotFoundException.class);
  }

  @Test
  void aDeletedCategoryCanLeaveItsArticlesToAnother() {
    String run = unique();
    Actor author = newActor(Role.AUTHOR);
    CategoryDetails doomed = taxonomy(s -> s.createCategory(new CategoryInput("Doomed " + run, null, null, null), admin));
    CategoryDetails heir = taxonomy(s -> s.createCategory(new CategoryInput("Heir " + run, null, null, doomed.slug()), admin));
    CategoryDetails other = taxonomy(s -> s.createCategory(new CategoryInput("Other " + run, null, null, null), admin));
    ArticleDetails primary = articles(s -> s.create(filed("Primary " + run, ArticleStatus.PUBLISHED, doomed, other), author));
    ArticleDetails extra = articles(s -> s.create(filed("Extra " + run, ArticleStatus.PUBLISHED, other, doomed), author));
    ArticleDetails alreadyThere = articles(s -> s.create(filed("Already there " + run, null, heir, doomed), author));
    assertThatThrownBy(() -> taxonomy(s -> delete(s, doomed.id(), doomed.slug())))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> taxonomy(s -> delete(s, doomed.id(), "no-such-category-" + run)))
        .isInstanceOf(InvalidInputException.class);
    events.fired.clear();

    taxonomy(s -> delete(s, doomed.id(), heir.slug()));

    assertThat(categorySlugs(primary, author)).containsExactly(heir.slug(), other.slug());
    assertThat(categorySlugs(extra, author)).containsExactly(other.slug(), heir.slug());
    assertThat(categorySlugs(alreadyThere, author)).containsExactly(heir.slug());
    assertThatThrownBy(() -> taxonomy(s -> s.category(doomed.id()))).isInstanceOf(ContentNotFoundException.class);
    CategoryDetails orphan = taxonomy(s -> s.category(heir.id()));
    assertThat(orphan.parent()).as("a child moves up to the deleted one's parent").isNull();
    assertThat(events.fired.stream().filter(ArticleUpdated.class::isInstance).map(e -> ((ArticleUpdated) e).article().id()))
        .containsExactlyInAnyOrder(primary.id(), extra.id());
    Map<Long, Long> counts = taxonomy(s -> s.articleCountsByCategory());
    assertThat(counts).containsEntry(heir.id(), 3L).doesNotContainKey(doomed.id());
  }

  @Test
  void usersChangeTheirOwnProfileAndPasswordAndAdministratorsTheRest() {
    String login = "self-" + unique();
    UserDetails created = users(s -> s.create(new UserInput(login, "Self", null, Role.AUTHOR, null, "first-password"), admin));
    Actor self = new Actor(created.id(), login, Role.AUTHOR);
    events.fired.clear();

    UserDetails profile = users(s -> s.updateProfile("Selma", "Writes about sleep.", self));

    assertThat(profile.name()).isEqualTo("Selma");
    assertThat(profile.bio()).isEqualTo("Writes about sleep.");
    assertThat(events.fired).hasSize(2).allMatch(ArticleViewsChanged.class::isInstance);
    assertThatThrownBy(() -> users(s -> change(s, "wrong-password", "second-password", self)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("currentPassword"));
    assertThatThrownBy(() -> users(s -> change(s, "first-password", "short", self)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("newPassword"));
    users(s -> change(s, "first-password", "second-password", self));
    assertThat(signIn(login, "second-password")).isPresent();
    assertThatThrownBy(() -> users(s -> s.update(self.userId(), new UserInput(null, null, null, Role.ADMIN, null, null), self)))
        .isInstanceOf(AccessDeniedException.class);

    UserDetails managed = users(s -> s.update(
        self.userId(), new UserInput(null, null, null, Role.EDITOR, false, "reset-password"), admin));

    assertThat(managed.role()).isEqualTo(Role.EDITOR);
    assertThat(managed.active()).isFalse();
    assertThat(signIn(login, "reset-password")).as("inactive").isEmpty();
  }

  @Test
  void importedPostsGoToTheUserTheAdminChoseForTheirAuthorAndLaterRunsKeepTheChoice() {
    String run = unique();
    Actor chosen = newActor(Role.EDITOR);
    String site = "https://harbour-" + run + ".example";
    String file = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><link>" + site + "</link>"
        + "<wp:author><wp:author_login>Jo." + run + "</wp:author_login><wp:author_display_name>Jo</wp:author_display_name></wp:author>"
        + "<wp:author><wp:author_login>sam." + run + "</wp:author_login><wp:author_display_name>Sam</wp:author_display_name></wp:author>"
        + "<item><title>Knots</title><dc:creator>jo." + run + "</dc:creator><wp:post_id>1</wp:post_id><wp:post_name>knots-" + run
        + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>"
        + "<item><title>Sails</title><dc:creator>sam." + run + "</dc:creator><wp:post_id>2</wp:post_id><wp:post_name>sails-" + run
        + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>";

    long job = importEntries(file, new ImportOptions(false, Map.of("JO." + run, chosen.userId())));

    assertThat(authorOf("knots-" + run)).isEqualTo(chosen.login());
    assertThat(authorOf("sails-" + run)).as("left as in the file: a new inactive author").isEqualTo("sam." + run);
    db.run(em -> {
      ImportJob done = em.find(ImportJob.class, job);
      assertThat(done.getCreated().counts().authors()).isEqualTo(1);
      assertThat(done.getSkipped().counts().authors()).as("the chosen user exists").isEqualTo(1);
    });

    // A later file of the site brings another post of the same author: it goes to the chosen user too.
    String later = file.replace("<wp:post_id>1</wp:post_id><wp:post_name>knots-", "<wp:post_id>3</wp:post_id><wp:post_name>hitches-");
    importEntries(later, ImportOptions.asInTheFile(false));
    assertThat(authorOf("hitches-" + run)).isEqualTo(chosen.login());
  }

  /** Writes a WXR file's entries as the importer does, in one batch, for a job of the admin's. */
  private long importEntries(String wxr, ImportOptions options) {
    long job = db.inTransaction(em -> {
      ImportJob created = new ImportJob("unused.wxr.xml", admin.userId(), Instant.now());
      em.persist(created);
      return created.getId();
    });
    List<WxrEntry> entries = new ArrayList<>();
    String source;
    try (WxrReader reader = WxrReader.open(new java.io.ByteArrayInputStream(wxr.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
        entries.add(entry);
      }
      source = reader.site();
    }
    db.run(em -> {
      ImportWrites writes = new ImportWrites();
      writes.jobs = new ImportJobRepository(em);
      writes.contents = new ArticleRepository(em);
      writes.pages = new PageRepository(em);
      writes.taxonomy = new TaxonomyRepository(em);
      writes.users = new UserRepository(em);
      writes.media = new MediaRepository(em);
      writes.userService = userService(em);
      writes.events = events;
      em.find(ImportJob.class, job).setTotal(entries.size());
      writes.write(job, source, entries, new ImportWrites.RunContext(Set.of(), new HashMap<>(), ImportedImages.none(), options));
    });
    return job;
  }

  private String authorOf(String slug) {
    return db.inTransaction(em -> em.createQuery("select a.author.login from Article a where a.slug = :slug", String.class)
        .setParameter("slug", slug).getSingleResult());
  }

  // --- the services wired by hand, each call in one transaction

  private <T> T articles(Function<DefaultArticleService, T> call) {
    return db.inTransaction(em -> {
      DefaultArticleService service = new DefaultArticleService();
      service.articles = new ArticleRepository(em);
      service.taxonomy = new TaxonomyRepository(em);
      service.users = new UserRepository(em);
      service.autosaves = new AutosaveRepository(em);
      service.events = events;
      service.newTags = new TagsCommittedAtOnce();
      RecordingTransactions transaction = new RecordingTransactions();
      service.transaction = transaction;
      T result = call.apply(service);
      if (transaction.getRollbackOnly()) {
        em.getTransaction().setRollbackOnly();
      }
      return result;
    });
  }

  private <T> T taxonomy(Function<DefaultTaxonomyService, T> call) {
    return db.inTransaction(em -> {
      DefaultTaxonomyService service = new DefaultTaxonomyService();
      service.taxonomy = new TaxonomyRepository(em);
      service.articles = new ArticleRepository(em);
      service.events = events;
      return call.apply(service);
    });
  }

  private <T> T users(Function<DefaultUserService, T> call) {
    return db.inTransaction(em -> call.apply(userService(em)));
  }

  private DefaultUserService userService(EntityManager em) {
    DefaultUserService service = new DefaultUserService();
    service.users = new UserRepository(em);
    service.passwordHash = new PlainPasswordHash();
    service.events = events;
    service.configureHashing();
    return service;
  }

  private Void delete(DefaultTaxonomyService s, long id, String reassignTo) {
    s.deleteCategory(id, reassignTo, admin);
    return null;
  }

  private static Void change(DefaultUserService s, String current, String next, Actor self) {
    s.changePassword(current, next, self);
    return null;
  }

  private Optional<AutosaveDetails> autosaveOf(Long articleId, Actor actor) {
    return articles(s -> s.findAutosave(articleId, actor));
  }

  private Optional<Actor> signIn(String login, String password) {
    return users(s -> s.authenticate(login, password).map(Account::actor));
  }

  private Optional<String> currentSlug(String formerSlug) {
    return articles(s -> s.currentSlug(formerSlug));
  }

  private List<String> tagSlugs() {
    return taxonomy(s -> s.tags()).stream().map(TagDetails::slug).toList();
  }

  private List<String> categorySlugs(ArticleDetails article, Actor reader) {
    return articles(s -> s.find(article.id(), reader)).categories().stream().map(Term::slug).toList();
  }

  private Actor newActor(Role role) {
    String login = role.wireName() + "-" + unique();
    return db.inTransaction(em -> {
      User user = new User(login, "Test " + role.wireName(), role, "unused", Instant.now());
      em.persist(user);
      return new Actor(user.getId(), login, role);
    });
  }

  // --- test data

  private static ArticleInput article(String title, String body, ArticleStatus status) {
    return new ArticleInput(title, null, body, null, status, null, null, null, null, null, null, null, null);
  }

  private static ArticleInput slugged(String title, String slug) {
    return new ArticleInput(title, slug, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static ArticleInput timed(String title, ArticleStatus status, Instant publishAt) {
    return new ArticleInput(title, null, null, null, status, publishAt, null, null, null, null, null, null, null);
  }

  private static ArticleInput tagged(String title, ArticleStatus status, String... tags) {
    return new ArticleInput(title, null, null, null, status, null, null, null, List.of(tags), null, null, null, null);
  }

  private static ArticleInput filed(String title, ArticleStatus status, CategoryDetails primary, CategoryDetails extra) {
    return new ArticleInput(
        title, null, null, null, status, null, primary.slug(), List.of(extra.slug()), null, null, null, null, null);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** New tags in transactions of their own, committed whatever becomes of the caller's: REQUIRES_NEW. */
  private final class TagsCommittedAtOnce extends NewTags {

    @Override
    public void ensure(String slug, String name) {
      db.run(em -> {
        NewTags tags = new NewTags();
        tags.taxonomy = new TaxonomyRepository(em);
        tags.ensure(slug, name);
      });
    }
  }

  /** Content events as the services fire them, without waiting for a commit. */
  private static final class RecordedEvents extends AfterCommitEvents {

    final List<Object> fired = new ArrayList<>();

    @Override
    public void fire(Object event) {
      fired.add(event);
    }
  }
}
