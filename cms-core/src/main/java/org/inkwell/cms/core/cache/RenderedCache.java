package org.inkwell.cms.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Rendered output kept until a change to something it shows, within a memory budget. Readers who
 * ask for an entry being rendered wait for that rendering instead of starting their own.
 *
 * <p>A rendering that overlaps a change may have read the data from before it, so it is served to
 * the readers who asked for it but not kept: every change counts a generation, and a rendering is
 * kept only if the generation it started in is still the current one when it ends.
 *
 * @param <K> what an entry is found by
 * @param <V> the rendered output
 * @since 0.5
 */
public final class RenderedCache<K, V> {

  private final Cache<K, V> entries;
  private final Predicate<? super V> keepable;
  private final ConcurrentHashMap<K, CompletableFuture<V>> rendering = new ConcurrentHashMap<>();
  private long generation; // guarded by this

  /**
   * @param maxWeight the budget, in the weigher's units (bytes, typically)
   * @param keepable which renderings may be kept at all (others are served and forgotten)
   */
  public RenderedCache(long maxWeight, ToIntFunction<? super V> weigher, Predicate<? super V> keepable) {
    this.entries = Caffeine.newBuilder()
        .maximumWeight(maxWeight)
        .weigher((K key, V value) -> weigher.applyAsInt(value))
        .executor(Runnable::run) // no common-pool threads inside the application server
        .build();
    this.keepable = keepable;
  }

  /** The kept entry under this key, if any; renders nothing. */
  public Optional<V> find(K key) {
    return Optional.ofNullable(entries.getIfPresent(key));
  }

  /**
   * The kept entry under this key, or a new rendering of it (kept if keepable and no change came
   * while it ran). A renderer's exception reaches every reader waiting for that rendering.
   */
  public V get(K key, Supplier<? extends V> renderer) {
    V kept = entries.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = rendering.putIfAbsent(key, mine);
    if (running != null) {
      return join(running);
    }
    try {
      long startedIn = currentGeneration();
      V rendered = renderer.get();
      synchronized (this) {
        if (generation == startedIn && keepable.test(rendered)) {
          entries.put(key, rendered);
        }
      }
      mine.complete(rendered);
      return rendered;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      rendering.remove(key, mine);
    }
  }

  /** Discards every entry the predicate calls stale; renderings running now will not be kept. */
  public void invalidate(BiPredicate<? super K, ? super V> stale) {
    synchronized (this) {
      changed();
      entries.asMap().entrySet().removeIf(e -> stale.test(e.getKey(), e.getValue()));
    }
  }

  /** Discards everything; renderings running now will not be kept. */
  public void clear() {
    synchronized (this) {
      changed();
      entries.invalidateAll();
    }
  }

  public long size() {
    return entries.estimatedSize();
  }

  private void changed() {
    generation++;
    // Later readers must not join a rendering that began before this change.
    rendering.clear();
  }

  private synchronized long currentGeneration() {
    return generation;
  }

  private static <V> V join(CompletableFuture<V> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
