package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.wordpress.ImportOptions;
import org.inkwell.cms.articles.wordpress.media.BodyMediaLinks;
import org.inkwell.cms.articles.wordpress.media.ImportedImages;
import org.inkwell.cms.articles.wordpress.wxr.Fingerprints;
import org.inkwell.cms.articles.wordpress.wxr.ImportedPost;
import org.inkwell.cms.articles.wordpress.wxr.OldAddresses;
import org.inkwell.cms.articles.wordpress.wxr.WxrAuthor;
import org.inkwell.cms.articles.wordpress.wxr.WxrEntry;
import org.inkwell.cms.articles.wordpress.wxr.WxrItem;
import org.inkwell.cms.articles.wordpress.wxr.WxrTerm;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.event.PageChanged;

/**
 * The importer's write path: what the editing services cannot express (imported dates and authors,
 * published in the past, any number of categories, old slugs) with the rules they follow: sanitised
 * bodies, valid and free slugs, revisions on change, and content events after commit, so that the
 * search index, kept pages and Recommended Posts follow. One call writes one batch of entries in one
 * transaction.
 *
 * <p>Every entry is keyed by its site and WordPress id ({@link ImportedItem}): one imported before
 * and unchanged in the file is skipped; one changed in the file is updated, unless it was edited
 * here since, which is reported as a conflict and left alone.
 */
@ApplicationScoped
@Transactional
public class ImportWrites {

  private static final int MAX_NAME = 200;
  private static final int MAX_DESCRIPTION = 2000;

  @Inject ImportJobRepository jobs;
  @Inject ArticleRepository contents;
  @Inject PageRepository pages;
  @Inject TaxonomyRepository taxonomy;
  @Inject UserRepository users;
  @Inject MediaRepository media;
  @Inject DefaultUserService userService;
  @Inject AfterCommitEvents events;

  /** A page whose parent the file had not reached yet: resolved at the end of the file. */
  public record DeferredParent(long pageId, String wpId, String parentWpId, String label) {}

  /** What a written batch leaves for later: pages waiting for their parents, terms already seen. */
  public record Outcome(List<DeferredParent> deferred, Set<String> seenTerms) {}

  /**
   * What a run of the importer hands each batch.
   *
   * @param seenTerms terms earlier batches of this run wrote (a file may list a tag twice, as
   *     {@code wp:tag} and as {@code wp:term})
   * @param categoryPaths each WordPress category slug of the run so far and its path of slugs below
   *     {@code /category/}, which its subcategories' old addresses start with; added to here
   * @param images the file's attachments in the media library: bodies are pointed at them and
   *     featured images set from them
   * @param options the admin's choices, among them the users chosen for WordPress authors
   */
  public record RunContext(
      Set<String> seenTerms, Map<String, String> categoryPaths, ImportedImages images, ImportOptions options) {}

  /** Writes the entries and counts them as read. */
  public Outcome write(long jobId, String source, List<WxrEntry> entries, RunContext run) {
    Batch batch = new Batch(jobs.find(jobId).orElseThrow(), source, run);
    for (WxrEntry entry : entries) {
      if (entry instanceof WxrAuthor author) {
        author(author, batch);
      } else if (entry instanceof WxrTerm term) {
        term(term, batch);
      } else if (entry instanceof WxrItem item) {
        item(item, batch);
      }
    }
    batch.job.advance(entries.size(), batch.now);
    contents.flush();
    if (batch.taxonomyChanged) {
      events.fire(new ArticleViewsChanged("categories or tags imported"));
    }
    return new Outcome(List.copyOf(batch.deferred), Set.copyOf(batch.newTerms));
  }

  /** Gives pages the parents that came after them in the file. */
  public void resolveParents(long jobId, String source, List<DeferredParent> deferred) {
    ImportJob job = jobs.find(jobId).orElseThrow();
    Instant now = now();
    for (DeferredParent d : deferred) {
      Optional<Page> page = pages.find(d.pageId());
      Optional<Page> parent =
          jobs.findItem(source, ImportedKind.PAGE, d.parentWpId()).flatMap(i -> pages.find(i.getLocalId()));
      if (page.isEmpty()) {
        continue;
      }
      if (parent.isEmpty() || parent.get().getId().equals(d.pageId())) {
        ImportProblems.record(jobs, job, d.label(), "its parent page " + d.parentWpId() + " is not in the file: placed at the top level", page.get());
        continue;
      }
      if (!isAllowedParent(page.get(), parent.get())) {
        ImportProblems.record(jobs, job, d.label(), cycle(d.parentWpId()), page.get());
        continue;
      }
      page.get().setParent(parent.get());
      contents.flush();
      jobs.findItem(source, ImportedKind.PAGE, d.wpId())
          .ifPresent(item -> item.imported(item.getFingerprint(), page.get().getVersion()));
      if (page.get().getStatus() == ArticleStatus.PUBLISHED) {
        events.fire(new PageChanged(page.get().getId(), now));
      }
    }
  }

  private void author(WxrAuthor author, Batch batch) {
    if (author.login().isBlank()) {
      ImportProblems.record(jobs, batch.job, "(author)", "an author without a login is not imported");
      return;
    }
    userFor(author.login(), author, batch);
  }

  /**
   * The user for a WordPress login: the one the admin chose for this run, else the one an earlier
   * run mapped it to, else the user of that login here, else a new inactive author. The choice is
   * kept, so that later runs of the site's files find it.
   */
  private User userFor(String login, WxrAuthor author, Batch batch) {
    String key = WxrAuthor.key(login);
    User known = batch.users.get(key);
    if (known != null) {
      return known;
    }
    Optional<ImportedItem> mapped = jobs.findItem(batch.source, ImportedKind.AUTHOR, key);
    Optional<User> chosen = batch.options.userFor(key).flatMap(users::find);
    Optional<User> user = chosen.isPresent() ? chosen : mapped.flatMap(m -> users.find(m.getLocalId()));
    if (user.isPresent()) {
      if (author != null) {
        batch.job.getSkipped().add(ImportedKind.AUTHOR);
      }
      if (chosen.isPresent()) {
        keepMapping(mapped, key, user.get(), author, batch);
      }
    } else {
      String localLogin = localLogin(key);
      user = users.findByLogin(localLogin);
      if (user.isPresent()) {
        batch.job.getSkipped().add(ImportedKind.AUTHOR);
      } else {
        String name = author == null ? login.strip() : author.plainName();
        String bio = author == null || author.description().isBlank() ? null : cut(author.description().strip(), 2000);
        user = Optional.of(userService.createImported(localLogin, cut(name, 120), bio));
        batch.job.getCreated().add(ImportedKind.AUTHOR);
      }
      keepMapping(mapped, key, user.get(), author, batch);
    }
    batch.users.put(key, user.get());
    return user.get();
  }

  private void keepMapping(Optional<ImportedItem> mapped, String key, User user, WxrAuthor author, Batch batch) {
    ImportedItem item = mapped.orElseGet(() -> new ImportedItem(batch.source, ImportedKind.AUTHOR, key, 0));
    item.mapTo(user.getId());
    item.imported(author == null ? "" : Fingerprints.of(author), null);
    jobs.save(item);
  }

  /** A login this site accepts for a WordPress one, which may have capitals and spaces. */
  static String localLogin(String wordpressLogin) {
    String login = wordpressLogin.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]+", "-");
    login = login.replaceAll("^[^a-z0-9]+", "");
    login = login.length() > 60 ? login.substring(0, 60) : login;
    return DefaultUserService.isValidLogin(login) ? login : "wp-" + Integer.toHexString(wordpressLogin.hashCode());
  }

  private void term(WxrTerm term, Batch batch) {
    boolean category = term.taxonomy().equals(WxrTerm.CATEGORY);
    if (!category && !term.taxonomy().equals(WxrTerm.TAG)) {
      ImportProblems.record(jobs, batch.job, term.label(), "terms of the taxonomy " + term.taxonomy() + " are not imported");
      return;
    }
    ImportedKind kind = category ? ImportedKind.CATEGORY : ImportedKind.TAG;
    if (batch.seenTerms.contains(kind + ":" + term.key()) || !batch.newTerms.add(kind + ":" + term.key())) {
      return;
    }
    String fingerprint = Fingerprints.of(term);
    String parentPath = category ? batch.categoryPaths.get(term.parentSlug().strip()) : "";
    List<String> addresses = OldAddresses.of(term, parentPath);
    if (category) {
      batch.categoryPaths.put(term.slug().strip(), OldAddresses.categoryPath(term, parentPath));
    }
    Optional<ImportedItem> mapped = jobs.findItem(batch.source, kind, term.key());
    if (mapped.isPresent()) {
      ImportedItem item = mapped.get();
      jobs.keepPermalinks(item, addresses);
      if (item.getFingerprint().equals(fingerprint)) {
        batch.job.getSkipped().add(kind);
      } else if (category) {
        updateCategory(term, item, fingerprint, batch);
      } else {
        taxonomy.findTag(item.getLocalId()).ifPresent(tag -> tag.setName(cut(term.plainName(), MAX_NAME)));
        item.imported(fingerprint, null);
        batch.job.getUpdated().add(kind);
        batch.taxonomyChanged = true;
      }
      return;
    }
    String slug = ImportedPost.termSlug(term.slug(), term.plainName());
    long localId;
    if (category) {
      Optional<Category> existing = taxonomy.findCategoryBySlug(slug);
      Category c = existing.orElseGet(() -> newCategory(slug, term.plainName(), batch));
      if (existing.isEmpty()) {
        applyCategory(c, term, batch);
        taxonomy.flush();
      }
      localId = c.getId();
      if (existing.isPresent()) {
        batch.job.getSkipped().add(kind);
      }
      ImportedItem item = new ImportedItem(batch.source, kind, term.key(), localId);
      item.imported(fingerprint, c.getVersion());
      jobs.save(item);
      jobs.keepPermalinks(item, addresses);
    } else {
      Tag tag = tagFor(new WxrItem.Term(WxrTerm.TAG, slug, term.plainName()), batch, false);
      ImportedItem item = new ImportedItem(batch.source, kind, term.key(), tag.getId());
      item.imported(fingerprint, null);
      jobs.save(item);
      jobs.keepPermalinks(item, addresses);
    }
  }

  private void updateCategory(WxrTerm term, ImportedItem item, String fingerprint, Batch batch) {
    Optional<Category> category = taxonomy.findCategory(item.getLocalId());
    if (category.isEmpty()) {
      ImportProblems.record(jobs, batch.job, term.label(), "deleted here since the last import: left out");
      batch.job.getSkipped().add(ImportedKind.CATEGORY);
    } else if (!java.util.Objects.equals(item.getLocalVersion(), category.get().getVersion())) {
      ImportProblems.record(jobs, batch.job, term.label(), "changed both here and in WordPress since the last import: left as it is here");
      batch.job.getSkipped().add(ImportedKind.CATEGORY);
    } else {
      category.get().setName(cut(term.plainName(), MAX_NAME));
      applyCategory(category.get(), term, batch);
      taxonomy.flush();
      item.imported(fingerprint, category.get().getVersion());
      batch.job.getUpdated().add(ImportedKind.CATEGORY);
      batch.taxonomyChanged = true;
    }
  }

  /** A new category, counted; the caller sets its parent and description. */
  private Category newCategory(String slug, String name, Batch batch) {
    Category category = new Category(slug, cut(name.isBlank() ? slug : name, MAX_NAME));
    taxonomy.save(category);
    batch.job.getCreated().add(ImportedKind.CATEGORY);
    batch.taxonomyChanged = true;
    return category;
  }

  private void applyCategory(Category category, WxrTerm term, Batch batch) {
    String description = term.plainDescription();
    category.setDescription(description.isEmpty() ? null : cut(description, MAX_DESCRIPTION));
    if (term.parentSlug().isBlank()) {
      category.setParent(null);
      return;
    }
    Optional<Category> parent = taxonomy.findCategoryBySlug(ImportedPost.termSlug(term.parentSlug(), ""));
    if (parent.isPresent() && !category.isSelfOrAncestorOf(parent.get())) {
      category.setParent(parent.get());
    } else {
      ImportProblems.record(jobs, batch.job, term.label(), "its parent category " + term.parentSlug() + " is not in the file: placed at the top level");
    }
  }

  /** The tag of this slug, created (and counted) when there is none; an existing one counts as skipped. */
  private Tag tagFor(WxrItem.Term term, Batch batch, boolean fromItem) {
    List<Tag> found = taxonomy.findTagsBySlugs(List.of(term.slug()));
    if (!found.isEmpty()) {
      if (!fromItem) {
        batch.job.getSkipped().add(ImportedKind.TAG);
      }
      return found.get(0);
    }
    Tag tag = new Tag(term.slug(), cut(term.name().isBlank() ? term.slug() : term.name(), MAX_NAME));
    taxonomy.save(tag);
    taxonomy.flush();
    batch.job.getCreated().add(ImportedKind.TAG);
    batch.taxonomyChanged = true;
    return tag;
  }

  private Category categoryFor(WxrItem.Term term, Batch batch) {
    return taxonomy.findCategoryBySlug(term.slug()).orElseGet(() -> {
      Category category = newCategory(term.slug(), term.name(), batch);
      taxonomy.flush();
      return category;
    });
  }

  private void item(WxrItem item, Batch batch) {
    if (item.isAttachment()) {
      return; // the importer brings attachments in as media, before the posts that show them
    }
    Optional<String> notImported = ImportedPost.whyNotImported(item);
    if (notImported.isPresent()) {
      ImportProblems.record(jobs, batch.job, item.label(), notImported.get());
      return;
    }
    ImportedPost post = ImportedPost.of(item, new ImportedAttachments(jobs, media, batch.source));
    ImportedKind kind = post.page() ? ImportedKind.PAGE : ImportedKind.POST;
    String fingerprint = Fingerprints.of(item);
    Optional<ImportedItem> mapped = jobs.findItem(batch.source, kind, post.id());
    List<String> addresses = OldAddresses.of(item, batch.source);
    if (mapped.isPresent()) {
      ImportedItem known = mapped.get();
      jobs.keepPermalinks(known, addresses);
      Optional<? extends Content> content =
          post.page() ? pages.find(known.getLocalId()) : contents.find(known.getLocalId());
      if (content.isEmpty()) {
        ImportProblems.record(jobs, batch.job, item.label(), "deleted here since the last import: left out");
        batch.job.getSkipped().add(kind);
      } else if (known.getFingerprint().equals(fingerprint)
          && !(Objects.equals(known.getLocalVersion(), content.get().getVersion()) && gainsMedia(content.get(), post, batch))) {
        batch.job.getSkipped().add(kind);
        if (content.get() instanceof Page page && page.getParent() == null && post.parentId() != null) {
          batch.deferred.add(new DeferredParent(page.getId(), post.id(), post.parentId(), item.label()));
        }
      } else if (!java.util.Objects.equals(known.getLocalVersion(), content.get().getVersion())) {
        ImportProblems.record(jobs, batch.job, item.label(), "changed both here and in WordPress since the last import: left as it is here", content.get());
        batch.job.getSkipped().add(kind);
      } else {
        writeFields(content.get(), post, batch);
        known.imported(fingerprint, content.get().getVersion());
        batch.job.getUpdated().add(kind);
      }
      return;
    }
    User author = post.authorLogin().isEmpty() ? users.find(batch.job.getStartedBy()).orElseThrow() : userFor(post.authorLogin(), null, batch);
    Instant created = post.date() != null ? post.date() : batch.now;
    Content content = post.page() ? new Page(author, created) : new Article(author, created);
    writeFields(content, post, batch);
    ImportedItem mapping = new ImportedItem(batch.source, kind, post.id(), content.getId());
    mapping.imported(fingerprint, content.getVersion());
    jobs.save(mapping);
    jobs.keepPermalinks(mapping, addresses);
    batch.job.getCreated().add(kind);
    if (item.comments() > 0) {
      ImportProblems.record(jobs, batch.job, item.label(), item.comments() + " comment(s) not imported", content);
    }
  }

  /** Writes the post's fields into new or imported content, as the editing services would. */
  private void writeFields(Content content, ImportedPost post, Batch batch) {
    boolean isNew = content.getId() == null;
    ArticleStatus before = isNew ? null : content.getStatus();
    ArticleRef previous = content instanceof Article a && !isNew ? ArticleViews.ref(a) : null;
    ContentSnapshot snapshot = isNew ? null : ContentSnapshot.of(content);
    // Recorded once the content is written, so that the report can lead to it.
    List<String> problems = new ArrayList<>(post.problems());
    String title = post.title();
    if (title.length() > ArticleInputRules.MAX_TITLE) {
      title = title.substring(0, ArticleInputRules.MAX_TITLE - 1) + "…";
      problems.add("title shortened to " + ArticleInputRules.MAX_TITLE + " characters");
    }
    content.setTitle(title);
    content.setBody(HtmlSanitizer.body(BodyMediaLinks.rewrite(post.body(), batch.images)));
    featuredImage(content, post, batch, problems);
    String manual = Excerpts.manual(HtmlSanitizer.plainText(post.excerpt()));
    boolean hasExcerpt = !manual.isEmpty() && content instanceof Article;
    content.setExcerpt(hasExcerpt ? manual : Excerpts.generate(content.getBody()), hasExcerpt);
    Instant date = post.date() != null ? post.date() : batch.now;
    content.setStatus(post.status());
    content.setPublishAt(post.status() == ArticleStatus.SCHEDULED ? date : null);
    content.setPublishedAt(post.status() == ArticleStatus.SCHEDULED || post.status() == ArticleStatus.PUBLISHED ? date : null);
    endOldSlugOfTheSameSite(content, post.slug(), batch);
    String slug = new ContentSlugs(contents).applyImported(content, post.slug());
    if (!slug.equals(post.slug())) {
      problems.add("the slug " + post.slug() + " is taken here: imported as " + slug);
    }
    boolean placed = true;
    if (content instanceof Article article) {
      fileUnder(article, post, batch);
      article.setSticky(post.sticky());
    } else if (content instanceof Page page) {
      page.setMenuOrder(post.menuOrder());
      placed = placePage(page, post, batch, problems);
    }
    if (isNew) {
      contents.save(content);
      content.touch(content.getAuthor(), post.modified() != null && post.modified().isAfter(date) ? post.modified() : date);
    } else {
      if (!snapshot.sameContentAs(content)) {
        contents.save(new ArticleRevision(content, contents.nextRevisionNumber(content.getId()), snapshot));
      }
      content.touch(users.find(batch.job.getStartedBy()).orElseThrow(), batch.now);
    }
    for (String old : post.oldSlugs()) {
      if (!old.equals(content.getSlug()) && !contents.isSlugTaken(old) && Slug.isValid(old)) {
        contents.save(new OldSlug(old, content));
      }
    }
    contents.flush();
    problems.forEach(p -> ImportProblems.record(jobs, batch.job, post.title(), p, content));
    if (!placed) {
      batch.deferred.add(new DeferredParent(content.getId(), post.id(), post.parentId(), post.title()));
    }
    announce(content, before, previous, batch.now);
  }

  /**
   * The post's featured image: its attachment's local copy with the alt text WordPress had. An
   * attachment that did not come over leaves the post without one, and is reported.
   */
  private void featuredImage(Content content, ImportedPost post, Batch batch, List<String> problems) {
    if (post.featuredImageId() == null) {
      content.setFeaturedImage(null, null);
      return;
    }
    Optional<MediaDetails> image = batch.images.byWordPressId(post.featuredImageId());
    if (image.isEmpty()) {
      content.setFeaturedImage(null, null);
      problems.add("its featured image (attachment " + post.featuredImageId() + ") was not imported");
      return;
    }
    String alt = image.get().altText() == null ? "" : image.get().altText();
    content.setFeaturedImage(image.get().url(), alt);
    if (alt.isEmpty()) {
      problems.add("its featured image has no alt text in WordPress: describe it here");
    }
  }

  /**
   * Whether an item imported before, unchanged in the file and not edited here, would now show
   * more of its media: images a former run could not bring in have arrived since.
   */
  private static boolean gainsMedia(Content content, ImportedPost post, Batch batch) {
    if (batch.images.isEmpty()) {
      return false;
    }
    Optional<String> featured = batch.images.byWordPressId(post.featuredImageId()).map(MediaDetails::url);
    if (featured.isPresent() && !featured.get().equals(content.getFeaturedImageUrl())) {
      return true;
    }
    String rewritten = BodyMediaLinks.rewrite(post.body(), batch.images);
    return !rewritten.equals(post.body()) && !HtmlSanitizer.body(rewritten).equals(content.getBody());
  }

  /**
   * In WordPress a post's slug wins over another post's old slug ({@code _wp_old_slug} redirects
   * only where nothing lives): so here, when the content the old slug leads to came from the same
   * site, whichever of the two the file brought first. Old slugs of content made here stay.
   */
  private void endOldSlugOfTheSameSite(Content content, String slug, Batch batch) {
    Optional<OldSlug> old = contents.findOldSlug(slug);
    if (old.isEmpty() || java.util.Objects.equals(old.get().getArticle().getId(), content.getId())) {
      return;
    }
    Content other = old.get().getArticle();
    ImportedKind kind = other instanceof Page ? ImportedKind.PAGE : ImportedKind.POST;
    if (jobs.isImported(batch.source, kind, other.getId())) {
      contents.delete(old.get());
      contents.flush();
    }
  }

  /** All the post's categories (imports have no cap: WordPress has none), the first one primary. */
  private void fileUnder(Article article, ImportedPost post, Batch batch) {
    List<Category> categories = new ArrayList<>();
    for (WxrItem.Term term : post.categories()) {
      categories.add(categoryFor(term, batch));
    }
    if (categories.isEmpty()) {
      categories.add(categoryFor(new WxrItem.Term(WxrTerm.CATEGORY, DefaultArticleService.DEFAULT_CATEGORY, "Uncategorized"), batch));
    }
    article.setPrimaryCategory(categories.get(0));
    article.getExtraCategories().clear();
    article.getExtraCategories().addAll(categories.subList(1, categories.size()));
    article.getTags().clear();
    for (WxrItem.Term term : post.tags()) {
      article.getTags().add(tagFor(term, batch, true));
    }
  }

  /** Puts the page under its parent; {@code false} when the file has not reached the parent yet. */
  private boolean placePage(Page page, ImportedPost post, Batch batch, List<String> problems) {
    if (post.parentId() == null) {
      page.setParent(null);
      return true;
    }
    Optional<Page> parent =
        jobs.findItem(batch.source, ImportedKind.PAGE, post.parentId()).flatMap(i -> pages.find(i.getLocalId()));
    if (parent.isPresent() && !parent.get().getId().equals(page.getId())) {
      if (!isAllowedParent(page, parent.get())) {
        problems.add(cycle(post.parentId()));
        page.setParent(null);
        return true;
      }
      page.setParent(parent.get());
      return true;
    }
    page.setParent(null);
    return false;
  }

  /**
   * Whether the page may go below {@code parent}: not if the parent is below the page, which a
   * file can say (a below b below a) and which would make a loop of addresses and breadcrumbs.
   * Walks the pages as they are in this transaction, not yet written.
   */
  private boolean isAllowedParent(Page page, Page parent) {
    return PageTree.isAllowedParent(page.getId(), parent.getId(),
        id -> pages.find(id).map(Page::getParent).map(Page::getId).orElse(null));
  }

  private static String cycle(String parentWpId) {
    return "its parent page " + parentWpId + " is below it in WordPress (a loop): placed at the top level";
  }

  private void announce(Content content, ArticleStatus before, ArticleRef previous, Instant now) {
    if (content instanceof Article article) {
      if (before == null) {
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
          events.fire(new ArticlePublished(ArticleViews.ref(article), now));
        }
      } else {
        DefaultArticleService.fireTransition(events, before, article, previous, now);
      }
    } else if (before == ArticleStatus.PUBLISHED || content.getStatus() == ArticleStatus.PUBLISHED) {
      events.fire(new PageChanged(content.getId(), now));
    }
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** What one batch works with. */
  private static final class Batch {
    final ImportJob job;
    final String source;
    final Set<String> seenTerms;
    final Set<String> newTerms = new HashSet<>();
    final Map<String, String> categoryPaths;
    final Map<String, User> users = new HashMap<>();
    final List<DeferredParent> deferred = new ArrayList<>();
    final ImportedImages images;
    final ImportOptions options;
    final Instant now = now();
    boolean taxonomyChanged;

    Batch(ImportJob job, String source, RunContext run) {
      this.job = job;
      this.source = source;
      this.seenTerms = run.seenTerms();
      this.categoryPaths = run.categoryPaths();
      this.images = run.images();
      this.options = run.options();
    }
  }
}
