package org.inkwell.cms.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderedCacheTest {

  private final RenderedCache<String, String> cache =
      new RenderedCache<>(1 << 20, String::length, text -> !text.startsWith("partial"));
  private final AtomicInteger renderings = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  private String render(String text) {
    renderings.incrementAndGet();
    return text;
  }

  @Test
  void anEntryIsRenderedOnceAndKeptUntilItIsInvalidated() {
    cache.get("a", () -> render("a v1"));
    cache.get("b", () -> render("b v1"));

    assertThat(cache.get("a", () -> render("a v2"))).isEqualTo("a v1");
    assertThat(renderings).hasValue(2);

    cache.invalidate((key, text) -> key.equals("a"));

    assertThat(cache.find("a")).isEmpty();
    assertThat(cache.find("b")).contains("b v1");
    assertThat(cache.get("a", () -> render("a v2"))).isEqualTo("a v2");
  }

  @Test
  void aRenderingThatReadDataFromBeforeAChangeIsServedButNeverKept() {
    String served = cache.get("article", () -> {
      String before = render("published text");
      cache.invalidate((key, text) -> key.equals("article")); // the unpublish commits meanwhile
      return before;
    });

    assertThat(served).as("the reader who asked gets what was read").isEqualTo("published text");
    assertThat(cache.find("article")).as("but nobody after them").isEmpty();
    assertThat(cache.get("article", () -> render("after the change"))).isEqualTo("after the change");
  }

  @Test
  void aRenderingOverlappingAClearIsNotKeptEither() {
    cache.get("page", () -> {
      String before = render("old names");
      cache.clear(); // a renamed author shows on every page
      return before;
    });

    assertThat(cache.find("page")).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void readersAfterAChangeDoNotJoinARenderingThatBeganBeforeIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> early = pool.submit(() -> cache.get("article", () -> {
      started.countDown();
      await(release);
      return render("before the change");
    }));
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    cache.invalidate((key, text) -> true);
    Future<String> late = pool.submit(() -> cache.get("article", () -> render("after the change")));

    assertThat(late.get(5, TimeUnit.SECONDS)).isEqualTo("after the change");
    release.countDown();
    assertThat(early.get(5, TimeUnit.SECONDS)).isEqualTo("before the change");
    assertThat(cache.find("article")).contains("after the change");
  }

  @Test
  void renderingsThatAreNotKeepableOrFailAreNotKept() {
    assertThat(cache.get("a", () -> render("partial page"))).isEqualTo("partial page");
    assertThatThrownBy(() -> cache.get("b", () -> {
      throw new IllegalStateException("not found");
    })).hasMessage("not found");

    assertThat(cache.size()).isZero();
    assertThat(cache.get("b", () -> render("found"))).isEqualTo("found");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
