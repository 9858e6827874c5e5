package org.inkwell.cms.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.inkwell.cms.articles.journal.ChangeFeed;
import org.inkwell.cms.articles.journal.ChangesCommitted;
import org.inkwell.cms.core.event.ContentStoreReady;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two members of a real Hazelcast grid in this JVM (embedded, a few seconds to join), each with
 * the notices of one node over a journal that the test moves by hand.
 */
@Timeout(120)
class GridNoticesTest {

  private static final String CLUSTER = "grid-notices-" + UUID.randomUUID();
  private static final ExecutorService THREADS = Executors.newCachedThreadPool();

  private static HazelcastInstance gridA;
  private static HazelcastInstance gridB;

  @BeforeAll
  static void joinTwoMembers() throws IOException {
    int portA = freePort();
    int portB = freePort();
    gridA = Hazelcast.newHazelcastInstance(config(portA, portB, portA));
    gridB = Hazelcast.newHazelcastInstance(config(portA, portB, portB));
    assertThat(gridA.getCluster().getMembers()).hasSize(2);
  }

  @AfterAll
  static void leave() {
    if (gridB != null) {
      gridB.shutdown();
    }
    if (gridA != null) {
      gridA.shutdown();
    }
    THREADS.shutdownNow();
  }

  @Test
  void aWriteReturnsOnceTheOtherMemberHasAppliedItsRowsAndAMemberThatMissedADeadlineIsWaitedForAgainOnceItAnswers()
      throws Exception {
    Journal journal = new Journal();
    Feed feedA = new Feed(journal);
    Feed feedB = new Feed(journal);
    GridNotices a = notices(gridA, feedA);
    GridNotices b = notices(gridB, feedB);

    journal.newest = 7;
    a.onCommitted(new ChangesCommitted(7));
    assertThat(feedB.applied(7)).as("B applied row 7 before A's write returned").isTrue();
    assertThat(a.unresponsiveMembers()).isZero();

    feedB.stall();
    journal.newest = 8;
    a.onCommitted(new ChangesCommitted(8));
    assertThat(feedB.applied(8)).isFalse();
    assertThat(a.unresponsiveMembers()).as("B missed the deadline").isEqualTo(1);
    journal.newest = 9;
    a.onCommitted(new ChangesCommitted(9));

    feedB.resume();
    await(() -> a.unresponsiveMembers() == 0);
    assertThat(feedB.applied(9)).isTrue();
    journal.newest = 10;
    a.onCommitted(new ChangesCommitted(10));
    assertThat(feedB.applied(10)).as("B is waited for again").isTrue();
    assertThat(b.unresponsiveMembers()).isZero();
  }

  @Test
  void aMemberAloneInItsGridDoesNotWait() {
    Journal journal = new Journal();
    GridNotices alone = new GridNotices();
    alone.grid = new DataGrid(Optional::empty);
    alone.feed = new Feed(journal);
    alone.executor = executor();
    alone.start(new ContentStoreReady(Instant.now(), false));
    alone.onCommitted(new ChangesCommitted(1));
    assertThat(alone.unresponsiveMembers()).isZero();
  }

  private static GridNotices notices(HazelcastInstance member, ChangeFeed feed) {
    GridNotices notices = new GridNotices();
    notices.grid = new DataGrid(() -> Optional.of(member));
    notices.feed = feed;
    notices.executor = executor();
    notices.start(new ContentStoreReady(Instant.now(), false));
    return notices;
  }

  /** How far the shared database's journal got. */
  private static final class Journal {
    volatile long newest;
  }

  /** One node's reading of the journal; a stalled one blocks in {@link #catchUp}. */
  private static final class Feed implements ChangeFeed {
    private final Journal journal;
    private volatile long applied;
    private volatile CountDownLatch stalled = new CountDownLatch(0);

    Feed(Journal journal) {
      this.journal = journal;
    }

    void stall() {
      stalled = new CountDownLatch(1);
    }

    void resume() {
      stalled.countDown();
    }

    @Override
    public void catchUp() {
      try {
        stalled.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      applied = journal.newest;
    }

    @Override
    public boolean applied(long id) {
      return id <= applied;
    }
  }

  /** The server's executor as far as the notices use it: {@code execute}, on threads of the test. */
  private static ManagedExecutorService executor() {
    return (ManagedExecutorService) Proxy.newProxyInstance(
        GridNoticesTest.class.getClassLoader(), new Class<?>[] {ManagedExecutorService.class},
        (proxy, method, args) -> {
          if (method.getName().equals("execute")) {
            THREADS.execute((Runnable) args[0]);
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static Config config(int portA, int portB, int own) {
    Config config = new Config();
    config.setClusterName(CLUSTER);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(own).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + portA).addMember("127.0.0.1:" + portB);
    return config;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
