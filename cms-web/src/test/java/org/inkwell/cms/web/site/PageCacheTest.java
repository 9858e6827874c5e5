package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageCacheTest {

  private final PageCache cache = new PageCache();
  private final AtomicInteger renderings = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @BeforeEach
  void setUp() {
    cache.maxBytes = 1 << 20;
    cache.init();
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  private CachedPage render(String text, String... dependsOn) {
    renderings.incrementAndGet();
    return CachedPage.of(PageResult.html(200, text, Set.of(dependsOn)), Instant.now());
  }

  private String body(CachedPage page) {
    return new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsRenderedOnceAndServedUntilSomethingItShowsChanges() {
    cache.get("/a/", () -> render("v1", "article:1", "latest"));
    CachedPage again = cache.get("/a/", () -> render("v2", "article:1"));
    assertThat(body(again)).isEqualTo("v1");
    assertThat(renderings).hasValue(1);

    cache.invalidate(Set.of("article:2"));
    assertThat(body(cache.get("/a/", () -> render("v2", "article:1")))).isEqualTo("v1");

    cache.invalidate(Set.of("latest"));
    assertThat(body(cache.get("/a/", () -> render("v2", "article:1")))).isEqualTo("v2");
  }

  @Test
  void redirectsNothingFoundAndIncompletePagesAreServedButNotKept() {
    cache.get("/old/", () -> CachedPage.of(PageResult.movedTo("/new/"), Instant.now()));
    cache.get("/gone/", () -> CachedPage.of(PageResult.NOT_FOUND, Instant.now()));
    cache.get("/part/", () -> CachedPage.of(PageResult.html(200, "no block", Set.of()).notToKeep(), Instant.now()));

    assertThat(cache.size()).isZero();
  }

  @Test
  void aRenderingThatOverlapsAChangeIsServedButNotKept() {
    CachedPage first = cache.get("/a/", () -> {
      CachedPage page = render("old data", "article:1");
      cache.invalidate(Set.of("article:1")); // the writer commits while we render
      return page;
    });
    assertThat(body(first)).isEqualTo("old data");

    assertThat(body(cache.get("/a/", () -> render("new data", "article:1")))).isEqualTo("new data");
  }

  @Test
  void readersOfAPageBeingRenderedWaitForThatRendering() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<CachedPage> first = pool.submit(() -> cache.get("/slow/", () -> {
      started.countDown();
      await(release);
      return render("slow");
    }));
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    FutureTask<CachedPage> second = new FutureTask<>(() -> cache.get("/slow/", () -> render("second")));
    Thread reader = new Thread(second, "second reader");
    reader.start();
    assertThat(parkedOrDone(reader)).as("the second reader waits for the rendering in progress").isEqualTo(Thread.State.WAITING);
    release.countDown();

    assertThat(body(first.get(5, TimeUnit.SECONDS))).isEqualTo("slow");
    assertThat(body(second.get(5, TimeUnit.SECONDS))).isEqualTo("slow");
    assertThat(renderings).hasValue(1);
  }

  @Test
  void aPageRenderedAgainUnchangedKeepsItsDateSoConditionalRequestsStillMatch() {
    CachedPage first = cache.get("/a/", () -> CachedPage.of(PageResult.html(200, "same", Set.of("article:1")), Instant.parse("2026-11-01T10:00:00Z")));
    cache.invalidate(Set.of("article:1"));
    CachedPage again = cache.get("/a/", () -> CachedPage.of(PageResult.html(200, "same", Set.of("article:1")), Instant.parse("2026-11-02T10:00:00Z")));
    assertThat(again.lastModifiedHeader()).isEqualTo(first.lastModifiedHeader());

    cache.invalidate(Set.of("article:1"));
    CachedPage changed = cache.get("/a/", () -> CachedPage.of(PageResult.html(200, "new", Set.of("article:1")), Instant.parse("2026-11-03T10:00:00Z")));
    assertThat(changed.lastModified()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));

    cache.invalidate(Set.of("article:1"));
    CachedPage sameSecond = cache.get("/a/", () -> CachedPage.of(PageResult.html(200, "newer", Set.of("article:1")), Instant.parse("2026-11-03T10:00:00.900Z")));
    assertThat(sameSecond.lastModified()).as("a change within the same second still dates later").isAfter(changed.lastModified());
  }

  @Test
  void clearingDiscardsEverything() {
    cache.get("/a/", () -> render("a", "article:1"));
    cache.get("/b/", () -> render("b"));
    cache.clear();
    assertThat(cache.size()).isZero();
  }

  /** The thread's state once it has parked or ended (within 5 s): a condition, not a sleep. */
  private static Thread.State parkedOrDone(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    Thread.State state = thread.getState();
    while (state != Thread.State.WAITING && state != Thread.State.TERMINATED && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      state = thread.getState();
    }
    return state;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
