package org.inkwell.cms.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleService;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DataGridTest {

  @Test
  void aMemberFoundStoppedIsLookedUpAgain() {
    AtomicBoolean firstRunning = new AtomicBoolean(true);
    HazelcastInstance first = member(firstRunning);
    HazelcastInstance second = member(new AtomicBoolean(true));
    Deque<HazelcastInstance> bound = new ArrayDeque<>(java.util.List.of(first, second));
    DataGrid grid = new DataGrid(() -> Optional.of(bound.peekFirst()));

    assertThat(grid.member()).contains(first);
    firstRunning.set(false);
    bound.removeFirst(); // the server bound a new member
    assertThat(grid.member()).as("not the dead one").contains(second);
  }

  @Test
  void aServerWithoutAGridIsAskedOnce() {
    AtomicInteger lookUps = new AtomicInteger();
    DataGrid grid = new DataGrid(() -> {
      lookUps.incrementAndGet();
      return Optional.empty();
    });
    assertThat(grid.member()).isEmpty();
    assertThat(grid.member()).isEmpty();
    assertThat(lookUps).hasValue(1);
  }

  private static HazelcastInstance member(AtomicBoolean running) {
    LifecycleService lifecycle = (LifecycleService) Proxy.newProxyInstance(
        DataGridTest.class.getClassLoader(), new Class<?>[] {LifecycleService.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "isRunning" -> running.get();
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (HazelcastInstance) Proxy.newProxyInstance(
        DataGridTest.class.getClassLoader(), new Class<?>[] {HazelcastInstance.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getLifecycleService" -> lifecycle;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "member";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
