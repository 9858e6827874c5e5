package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.SiteAddress;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.articles.SiteSettingsService;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.articles.wordpress.ImportState;
import org.inkwell.cms.articles.wordpress.SiteExport;
import org.inkwell.cms.articles.wordpress.export.ExportedAuthor;
import org.inkwell.cms.articles.wordpress.export.ExportedCategory;
import org.inkwell.cms.articles.wordpress.export.ExportedMedia;
import org.inkwell.cms.articles.wordpress.export.ExportedMenuItem;
import org.inkwell.cms.articles.wordpress.export.ExportedPost;
import org.inkwell.cms.articles.wordpress.export.ExportedTag;
import org.inkwell.cms.articles.wordpress.wxr.WxrEntry;
import org.inkwell.cms.articles.wordpress.wxr.WxrItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo site exported and imported into an empty site, both on H2 files, through the real
 * export and the real importer (its background thread included), with the server's transactions
 * played by one transaction per service call: the articles, pages, taxonomies, slugs, bodies,
 * dates and redirects come back the same. Attachments are "downloaded" from the first site's
 * media directory, as a server would serve them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordPressRoundTripIT {

  private static final String SOURCE_ADDRESS = "https://fitness.example";
  /** A bound against a hung import, not a speed promise. */
  private static final long PATIENCE_SECONDS = 300;
  private static final Pattern MEDIA_ADDRESS = Pattern.compile(Pattern.quote(MediaFiles.URL_PREFIX) + "[^\"' ]+");

  private final Path dir = Path.of("target", "it-data", "round-trip-" + UUID.randomUUID()).toAbsolutePath();
  private final Site source = new Site(dir.resolve("source"));
  private final Site target = new Site(dir.resolve("target"));

  @AfterAll
  void drop() throws Exception {
    source.db.close();
    target.db.close();
  }

  @Test
  void theDemoSiteExportedAndImportedIntoAnEmptySiteComesBackTheSame() throws IOException {
    Actor admin = source.firstAdmin();
    source.run(s -> s.demo().load());
    Tricky tricky = source.addTrickyContent(admin);

    long started = System.nanoTime();
    byte[] file = source.export(admin);
    System.out.printf("Export of the demo site: %d bytes in %d ms%n", file.length, (System.nanoTime() - started) / 1_000_000);
    assertThat(new String(file, StandardCharsets.UTF_8)).as("no password hash").doesNotContain("plain:", "a-long-password");

    ImportReport report = target.importFile(file, target.firstAdmin());
    System.out.println("Import of the export: " + report);
    assertThat(report.state()).isEqualTo(ImportState.DONE);
    assertThat(report.source()).isEqualTo(SOURCE_ADDRESS);

    Snapshot before = source.snapshot();
    Snapshot after = target.snapshot();
    assertThat(after.articles().keySet()).as("every article but the trashed one")
        .containsExactlyInAnyOrderElementsOf(before.articles().keySet())
        .doesNotContain(tricky.trashedSlug());
    assertThat(before.articles()).hasSizeGreaterThan(27);
    before.articles().forEach((slug, article) -> assertThat(after.articles().get(slug)).as(slug).isEqualTo(article));
    assertThat(after.pages()).isEqualTo(before.pages()).hasSize(4);
    assertThat(after.categories()).isEqualTo(before.categories()).hasSize(11);
    assertThat(after.tags()).isEqualTo(before.tags());
    assertThat(after.redirects()).as("old slugs and where they lead").isEqualTo(before.redirects())
        .containsEntry(tricky.oldSlug(), tricky.slug()).containsEntry("contact", "contact-us");
    assertThat(after.authors()).containsAllEntriesOf(before.authors());
    assertThat(report.created().posts()).isEqualTo(before.articles().size());
    assertThat(report.created().pages()).isEqualTo(before.pages().size());

    assertThat(after.media()).as("the library's images, with their texts").isEqualTo(before.media()).hasSize(2);
    String featured = target.call(s -> s.contents.findBySlug(tricky.slug()).orElseThrow().getFeaturedImageUrl());
    assertThat(featured).as("the featured image is the imported copy").startsWith(MediaFiles.URL_PREFIX)
        .isNotEqualTo(tricky.featuredImage());
    assertThat(target.call(s -> s.mediaService().imageAt(featured)).orElseThrow().altText()).isEqualTo(tricky.featuredAlt());
    String body = target.call(s -> s.contents.findBySlug(tricky.slug()).orElseThrow().getBody());
    assertThat(body).as("the body's image points at the imported copy")
        .contains("src=\"" + featured + "\"");
  }

  /** What the comparison takes of a site: what readers and editors see, by slug. */
  record Snapshot(
      Map<String, ArticleState> articles,
      Map<String, PageState> pages,
      Map<String, String> categories,
      Map<String, String> tags,
      Map<String, String> redirects,
      Map<String, String> authors,
      List<String> media) {}

  record ArticleState(String title, String body, String excerpt, boolean manualExcerpt, ArticleStatus status, Instant date,
      Instant updated, String author, String category, Set<String> categories, Set<String> tags, boolean sticky) {}

  record PageState(String title, String body, String excerpt, ArticleStatus status, Instant date, Instant updated, String author,
      String path, int menuOrder) {}

  /** The content added to the demo's, where an export has most to get wrong. */
  record Tricky(String slug, String oldSlug, String trashedSlug, String featuredImage, String featuredAlt) {}

  /** One site: its database, its media files, and its services wired as the server wires them. */
  private final class Site {

    final TestDatabase db = TestDatabase.h2().migrate();
    final Path dataDir;
    final MediaDirectory files;

    Site(Path dataDir) {
      this.dataDir = dataDir;
      this.files = MediaDirectory.under(dataDir);
    }

    /** One service call: one transaction, committed if it returns. */
    <T> T call(Function<Services, T> work) {
      RecordingTransactions transaction = new RecordingTransactions();
      T result = db.inTransaction(em -> work.apply(new Services(em, transaction, files)));
      transaction.commit();
      return result;
    }

    void run(Consumer<Services> work) {
      call(s -> {
        work.accept(s);
        return null;
      });
    }

    Actor firstAdmin() {
      User user = call(s -> s.userService().createUser(new UserInput("admin", "Admin", null, Role.ADMIN, true, "a-long-password")));
      return new Actor(user.getId(), user.getLogin(), user.getRole());
    }

    Tricky addTrickyContent(Actor admin) {
      String image = call(s -> s.settingsStore().read().socialImage().url());
      String alt = call(s -> s.settingsStore().read().socialImage().altText());
      String body = "<p>Batter &amp; <strong>fish</strong>: a[i]]]&gt;b, and ]]&gt; in text.</p>\n"
          + "<p>[gallery ids=\"1,2\"] stays text here, and [caption]so does this[/caption].</p>\n"
          + "<p>https://www.youtube.com/watch?v=abc</p>\n"
          + "<pre>line one\n\nline three</pre>\n"
          + "<p><img src=\"" + image + "\" alt=\"Batter\"></p>";
      ArticleDetails fish = call(s -> s.articleService().create(new ArticleInput(
          "Fish & <Chips> ]]> Night", "fish-night", body, "Crispy & golden", ArticleStatus.PUBLISHED,
          Instant.parse("2025-03-04T18:30:00Z"), "nutrition", List.of("recovery"), List.of("Fish & Chips", "Friday"),
          image, alt, null, true), admin));
      ArticleDetails renamed = call(s -> s.articleService().update(fish.id(), new ArticleInput(
          null, "fish-and-chips-night", null, null, null, null, null, null, null, null, null, null, null),
          fish.version(), true, admin));
      call(s -> s.articleService().create(article("Coming soon", ArticleStatus.SCHEDULED, Instant.now().plus(3, ChronoUnit.DAYS)), admin));
      call(s -> s.articleService().create(article("Half written", ArticleStatus.DRAFT, null), admin));
      call(s -> s.articleService().create(article("Awaiting review", ArticleStatus.PENDING, null), admin));
      ArticleDetails doomed = call(s -> s.articleService().create(article("Thrown away", ArticleStatus.PUBLISHED, null), admin));
      call(s -> s.articleService().trash(doomed.id(), null, admin));
      PageDetails contact = call(s -> s.pages.findBySlug("contact").map(PageViews::details).orElseThrow());
      call(s -> s.pageService().update(contact.id(), new PageInput(null, "contact-us", null, null, null, null, null, null, null),
          contact.version(), true, admin));
      return new Tricky(renamed.slug(), "fish-night", doomed.slug(), image, alt);
    }

    /** The site's export, written through the real service, its reads each in a transaction of its own. */
    byte[] export(Actor admin) throws IOException {
      DefaultExportService service = new DefaultExportService();
      service.reads = new TransactionalReads(this);
      service.settings = new StoredSettings(this);
      service.address = new SiteAddress() {
        @Override
        public String resolve(String readersAddress) {
          return readersAddress;
        }
      };
      SiteExport export = service.export(SOURCE_ADDRESS, admin);
      assertThat(export.fileName()).matches("fitness-hubz-\\d{4}-\\d{2}-\\d{2}\\.xml");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      export.writeTo(out);
      return out.toByteArray();
    }

    /** Imports through the real service and importer, and waits until the import has ended. */
    ImportReport importFile(byte[] file, Actor admin) {
      CompletableFuture<Long> ended = new CompletableFuture<>();
      TransactionalJobs jobs = new TransactionalJobs(this, ended);
      WordPressImporter importer = new WordPressImporter();
      importer.threads = new DaemonThreads();
      importer.jobs = jobs;
      importer.writes = new TransactionalWrites(this);
      importer.media = new TransactionalMedia(this);
      importer.downloader = new MediaOf(source, dataDir);
      importer.mediaFiles = files;
      importer.startThread();
      try {
        DefaultImportService imports = new DefaultImportService();
        imports.jobs = jobs;
        imports.importer = importer;
        imports.uploads = new ImportUploads();
        imports.uploads.dataDir = dataDir.toString();
        imports.uploads.maxBytes = Long.MAX_VALUE;
        long id = imports.start(new ByteArrayInputStream(file), true, admin).id();
        ended.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        return jobs.find(id).orElseThrow();
      } catch (Exception e) {
        throw new IllegalStateException("the import did not end", e);
      } finally {
        importer.stopThread();
      }
    }

    Snapshot snapshot() {
      return call(s -> {
        EntityManager em = s.em;
        Map<String, ArticleState> articles = new TreeMap<>();
        for (Article a : em.createQuery("select a from Article a where a.status <> :trashed", Article.class)
            .setParameter("trashed", ArticleStatus.TRASHED).getResultList()) {
          Set<String> categories = a.getExtraCategories().stream().map(Category::getSlug).collect(Collectors.toSet());
          Set<String> tags = a.getTags().stream().map(t -> t.getSlug() + " " + t.getName()).collect(Collectors.toSet());
          articles.put(a.getSlug(), new ArticleState(a.getTitle(), sameMedia(a.getBody()), a.getExcerpt(), a.isExcerptManual(), a.getStatus(),
              date(a), updated(a), a.getAuthor().getLogin(), a.getPrimaryCategory().getSlug(), categories, tags, a.isSticky()));
        }
        Map<String, PageState> pages = new TreeMap<>();
        for (Page p : em.createQuery("select p from Page p", Page.class).getResultList()) {
          pages.put(p.getSlug(), new PageState(p.getTitle(), p.getBody(), p.getExcerpt(), p.getStatus(), date(p), updated(p),
              p.getAuthor().getLogin(), PageViews.details(p).path(), p.getMenuOrder()));
        }
        Map<String, String> categories = new TreeMap<>();
        s.taxonomy.categories().forEach(c -> categories.put(c.getSlug(),
            c.getName() + " | " + c.getDescription() + " | " + (c.getParent() == null ? "" : c.getParent().getSlug())));
        Map<String, String> tags = new TreeMap<>();
        s.taxonomy.tags().forEach(t -> tags.put(t.getSlug(), t.getName()));
        Map<String, String> redirects = new TreeMap<>();
        em.createQuery("select o from OldSlug o", OldSlug.class).getResultList()
            .forEach(o -> redirects.put(o.getSlug(), o.getArticle().getSlug()));
        Map<String, String> authors = new TreeMap<>();
        s.users.all().forEach(u -> authors.put(u.getLogin(), u.getDisplayName() + " | " + u.getBio()));
        List<String> media = em.createQuery("select m from Media m", Media.class).getResultList().stream()
            .map(m -> m.getMediaType() + " " + m.getWidth() + "x" + m.getHeight() + " " + m.getAltText() + " | " + m.getCaption())
            .sorted()
            .toList();
        return new Snapshot(articles, pages, categories, tags, redirects, authors, media);
      });
    }
  }

  private static ArticleInput article(String title, ArticleStatus status, Instant publishAt) {
    return new ArticleInput(title, null, "<p>" + title + ".</p>", null, status, publishAt, "wellness", List.of(), List.of(),
        null, null, null, null);
  }

  /**
   * The body with the media library's addresses as one: each site names its copy of an image
   * with a random suffix of its own (the test checks the tricky article's image separately).
   */
  private static String sameMedia(String body) {
    return MEDIA_ADDRESS.matcher(body).replaceAll(MediaFiles.URL_PREFIX + "(image)");
  }

  /** When it was or will be published, else written: what WXR carries as the item's date, to the second. */
  private static Instant date(Content c) {
    Instant date = c.getStatus() == ArticleStatus.SCHEDULED ? c.getPublishAt()
        : c.getStatus() == ArticleStatus.PUBLISHED ? c.getPublishedAt() : c.getCreatedAt();
    return date.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The last change, never before the date: an import dates an item's creation by its publication. */
  private static Instant updated(Content c) {
    Instant updated = c.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS);
    return updated.isBefore(date(c)) ? date(c) : updated;
  }

  /** A site's services on one entity manager, as CDI would inject them. */
  private static final class Services {

    final EntityManager em;
    final RecordingTransactions transaction;
    final MediaDirectory files;
    final ArticleRepository contents;
    final PageRepository pages;
    final TaxonomyRepository taxonomy;
    final UserRepository users;
    final MediaRepository media;
    final ImportJobRepository jobs;
    final AfterCommitEvents events = new AfterCommitEvents() {
      @Override
      public void fire(Object event) {
        // no observers here: search, caches and recommendations are not part of this test
      }
    };

    Services(EntityManager em, RecordingTransactions transaction, MediaDirectory files) {
      this.em = em;
      this.transaction = transaction;
      this.files = files;
      contents = new ArticleRepository(em);
      pages = new PageRepository(em);
      taxonomy = new TaxonomyRepository(em);
      users = new UserRepository(em);
      media = new MediaRepository(em);
      jobs = new ImportJobRepository(em);
    }

    DefaultUserService userService() {
      DefaultUserService service = new DefaultUserService();
      service.users = users;
      service.passwordHash = new PlainPasswordHash();
      service.events = events;
      return service;
    }

    DefaultArticleService articleService() {
      DefaultArticleService service = new DefaultArticleService();
      service.articles = contents;
      service.taxonomy = taxonomy;
      service.users = users;
      service.autosaves = new AutosaveRepository(em);
      service.events = events;
      NewTags newTags = new NewTags();
      newTags.taxonomy = taxonomy;
      service.newTags = newTags;
      service.transaction = transaction;
      return service;
    }

    DefaultPageService pageService() {
      DefaultPageService service = new DefaultPageService();
      service.pages = pages;
      service.contents = contents;
      service.users = users;
      service.autosaves = new AutosaveRepository(em);
      service.events = events;
      service.transaction = transaction;
      return service;
    }

    DefaultMediaService mediaService() {
      MediaFileCleanup cleanup = new MediaFileCleanup();
      cleanup.files = files;
      cleanup.transactions = transaction;
      DefaultMediaService service = new DefaultMediaService();
      service.media = media;
      service.users = users;
      service.files = files;
      service.cleanup = cleanup;
      service.maxBytes = 10 * 1024 * 1024;
      return service;
    }

    DefaultMenuService menuService() {
      MenuTargets targets = new MenuTargets();
      targets.em = em;
      targets.pages = pageService();
      DefaultMenuService service = new DefaultMenuService();
      service.em = em;
      service.targets = targets;
      service.events = events;
      return service;
    }

    SiteSettingsStore settingsStore() {
      SiteSettingsStore store = new SiteSettingsStore();
      store.settings = new SettingRepository(em);
      store.media = media;
      store.defaultTimeZone = "UTC";
      store.defaultPerPage = 10;
      return store;
    }

    DemoContent demo() {
      DemoContent demo = new DemoContent();
      demo.articles = contents;
      demo.taxonomy = taxonomy;
      demo.settings = new SettingRepository(em);
      demo.users = userService();
      demo.userRepository = users;
      demo.articleService = articleService();
      demo.media = mediaService();
      demo.pageService = pageService();
      demo.menus = menuService();
      return demo;
    }

    ExportReads exportReads() {
      ExportReads reads = new ExportReads();
      reads.export = new ExportRepository(em);
      reads.taxonomy = taxonomy;
      return reads;
    }

    ImportJobs importJobs() {
      ImportJobs importJobs = new ImportJobs();
      importJobs.jobs = jobs;
      return importJobs;
    }

    ImportWrites importWrites() {
      ImportWrites writes = new ImportWrites();
      writes.jobs = jobs;
      writes.contents = contents;
      writes.pages = pages;
      writes.taxonomy = taxonomy;
      writes.users = users;
      writes.media = media;
      writes.userService = userService();
      writes.events = events;
      return writes;
    }

    ImportedMedia importedMedia() {
      ImportedMedia imported = new ImportedMedia();
      imported.jobs = jobs;
      imported.media = media;
      imported.users = users;
      imported.library = mediaService();
      return imported;
    }
  }

  private static final class TransactionalReads extends ExportReads {

    private final Site site;

    TransactionalReads(Site site) {
      this.site = site;
    }

    @Override
    public List<ExportedAuthor> authors(long afterId, int limit) {
      return site.call(s -> s.exportReads().authors(afterId, limit));
    }

    @Override
    public List<ExportedCategory> categories() {
      return site.call(s -> s.exportReads().categories());
    }

    @Override
    public List<ExportedTag> tags(long afterId, int limit) {
      return site.call(s -> s.exportReads().tags(afterId, limit));
    }

    @Override
    public List<ExportedPost> posts(long afterId, int limit) {
      return site.call(s -> s.exportReads().posts(afterId, limit));
    }

    @Override
    public List<ExportedMedia> media(long afterId, int limit) {
      return site.call(s -> s.exportReads().media(afterId, limit));
    }

    @Override
    public List<ExportedMenuItem> menu(MenuLocation location) {
      return site.call(s -> s.exportReads().menu(location));
    }
  }

  private static final class StoredSettings implements SiteSettingsService {

    private final Site site;

    StoredSettings(Site site) {
      this.site = site;
    }

    @Override
    public SiteSettings settings() {
      return site.call(s -> s.settingsStore().read());
    }

    @Override
    public SiteSettings update(SiteSettingsInput input, Actor actor) {
      throw new UnsupportedOperationException("the export only reads the settings");
    }
  }

  /** The lives of import jobs, each step in a transaction; tells {@code ended} when a job is done or failed. */
  private static final class TransactionalJobs extends ImportJobs {

    private final Site site;
    private final CompletableFuture<Long> ended;

    TransactionalJobs(Site site, CompletableFuture<Long> ended) {
      this.site = site;
      this.ended = ended;
    }

    @Override
    public ImportReport create(String filePath, long startedBy) {
      return site.call(s -> s.importJobs().create(filePath, startedBy));
    }

    @Override
    public Optional<ImportReport> find(long id) {
      return site.call(s -> s.importJobs().find(id));
    }

    @Override
    public Optional<String> begin(long id) {
      return site.call(s -> s.importJobs().begin(id));
    }

    @Override
    public void measured(long id, String source, long total) {
      site.run(s -> s.importJobs().measured(id, source, total));
    }

    @Override
    public void finish(long id) {
      site.run(s -> s.importJobs().finish(id));
      ended.complete(id);
    }

    @Override
    public void fail(long id, String reason) {
      site.run(s -> s.importJobs().fail(id, reason));
      ended.complete(id);
    }

    @Override
    public void unwritable(long id, String item, String reason) {
      site.run(s -> s.importJobs().unwritable(id, item, reason));
    }
  }

  private static final class TransactionalWrites extends ImportWrites {

    private final Site site;

    TransactionalWrites(Site site) {
      this.site = site;
    }

    @Override
    public Outcome write(long jobId, String source, List<WxrEntry> entries, RunContext run) {
      return site.call(s -> s.importWrites().write(jobId, source, entries, run));
    }

    @Override
    public void resolveParents(long jobId, String source, List<DeferredParent> deferred) {
      site.run(s -> s.importWrites().resolveParents(jobId, source, deferred));
    }
  }

  private static final class TransactionalMedia extends ImportedMedia {

    private final Site site;

    TransactionalMedia(Site site) {
      this.site = site;
    }

    @Override
    public Earlier earlier(long jobId, String source, WxrItem attachment) {
      return site.call(s -> s.importedMedia().earlier(jobId, source, attachment));
    }

    @Override
    public org.inkwell.cms.articles.MediaDetails store(long jobId, String source, WxrItem attachment, Path file) {
      return site.call(s -> s.importedMedia().store(jobId, source, attachment, file));
    }

    @Override
    public void failed(long jobId, WxrItem attachment, String reason) {
      site.run(s -> s.importedMedia().failed(jobId, attachment, reason));
    }
  }

  /**
   * Serves the source site's media library as its server would, to the importer's downloads;
   * any other address answers 404 here.
   */
  private static final class MediaOf extends AttachmentDownloader {

    private final Site site;
    private final Path staging;

    MediaOf(Site site, Path staging) {
      this.site = site;
      this.staging = staging;
    }

    @Override
    public Path download(String address) {
      String prefix = SOURCE_ADDRESS + MediaFiles.URL_PREFIX;
      Optional<MediaFiles.MediaFile> file =
          address.startsWith(prefix) ? site.files.find(address.substring(prefix.length())) : Optional.empty();
      if (file.isEmpty()) {
        throw new Failed("the server answered 404");
      }
      try {
        Path staged = Files.createTempFile(Files.createDirectories(staging), "download-", ".tmp");
        Files.copy(file.get().path(), staged, StandardCopyOption.REPLACE_EXISTING);
        return staged;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class DaemonThreads implements ManagedThreadFactory {

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "wordpress-import");
      thread.setDaemon(true);
      return thread;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    }
  }
}
