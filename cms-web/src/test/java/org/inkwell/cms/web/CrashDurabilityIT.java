package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the API answered 201 for is still there after the server process is killed (SIGKILL) while
 * writers are busy, and restarted on the same data directory (the embedded H2 database).
 */
@ExtendWith(SiteProcesses.class)
class CrashDurabilityIT {

  private static final int WRITERS = 4;
  /** Creates acknowledged before the kill; the kill comes while the writers are still at work. */
  private static final int BEFORE_KILL = 60;

  @Test
  void everyAcknowledgedCreateSurvivesAKill(SiteProcesses sites) throws Exception {
    Path data = sites.newDataDir("crash");
    SiteProcesses.Site site = sites.start(data);
    Api admin = site.anonymous().asAdmin();
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    String run = Ids.unique();
    CountDownLatch enough = new CountDownLatch(BEFORE_KILL);
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    for (int w = 0; w < WRITERS; w++) {
      String prefix = "Crash " + run + " w" + w;
      writers.submit(() -> writeUntilRefused(admin, prefix, acknowledged, enough));
    }
    assertThat(enough.await(180, TimeUnit.SECONDS)).as("%d creates acknowledged", BEFORE_KILL).isTrue();
    int exit = site.kill();
    writers.shutdown();
    assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(exit).as("exit status of a SIGKILLed process").isEqualTo(128 + 9);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(BEFORE_KILL);

    Api restarted = sites.start(data).anonymous().asAdmin();
    acknowledged.forEach((id, title) -> {
      Api.Reply reply = restarted.get("/api/articles/" + id);
      assertThat(reply.status()).as("article %d, \"%s\"", id, title).isEqualTo(200);
      assertThat(reply.json().getString("title")).isEqualTo(title);
      assertThat(reply.json().getString("body")).isEqualTo("<p>" + title + "</p>");
    });
  }

  /** Creates articles until the server stops answering; records each one answered 201. */
  private static void writeUntilRefused(Api api, String prefix, Map<Long, String> acknowledged, CountDownLatch counted) {
    for (int n = 0; ; n++) {
      String title = prefix + " n" + n;
      Api.Reply reply;
      try {
        reply = api.post("/api/articles", "{\"title\":\"" + title + "\",\"status\":\"published\",\"body\":\"<p>" + title + "</p>\"}");
      } catch (RuntimeException serverGone) {
        return;
      }
      if (reply.status() != 201) {
        return;
      }
      acknowledged.put((long) reply.json().getInt("id"), title);
      counted.countDown();
    }
  }
}
