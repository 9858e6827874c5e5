package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Content survives a server restart, and an article whose publish time passed while the server was
 * down is published once it is back.
 */
@ExtendWith(ArquillianExtension.class)
class RestartIT {

  private static final String CMS = "restartable-cms";

  @Deployment(name = CMS, managed = false, testable = false)
  @TargetsContainer("restartable")
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void contentAndSchedulesSurviveARestart() throws Exception {
    URL base = new URL("http://localhost:" + System.getProperty("cms.it.restart.port") + "/");
    Api anonymous = Api.anonymous(base);
    deployer.deploy(CMS);
    JsonObject kept;
    JsonObject scheduled;
    try {
      Api admin = anonymous.asAdmin();
      kept = admin.post("/api/articles", "{\"title\":\"Survivor " + Ids.unique() + "\",\"status\":\"published\",\"tags\":[\"Durable\"]}").json();
      String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(12).withNano(0).toString();
      scheduled = admin.post("/api/articles", "{\"title\":\"Due while down " + Ids.unique() + "\",\"status\":\"published\",\"publishAt\":\"" + soon + "\"}").json();
      assertThat(scheduled.getString("status")).isEqualTo("scheduled");
    } finally {
      deployer.undeploy(CMS);
    }
    awaitDatabaseReleased(Duration.ofMinutes(2));
    // The publish time has to pass while the server is down: a clock to wait for, no state to poll.
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), Instant.parse(scheduled.getString("publishAt")).plusSeconds(1)).toMillis()));

    deployer.deploy(CMS);
    try {
      // A generous bound: with both cores busy the restarted site was seen still deploying after a minute.
      anonymous.awaitStatus("/health", 200, Duration.ofMinutes(5));
      Api.Reply again = anonymous.get("/api/articles/" + kept.getInt("id"));
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().getString("title")).isEqualTo(kept.getString("title"));
      assertThat(again.json().getJsonArray("tags").getJsonObject(0).getString("slug")).isEqualTo("durable");

      String path = "/api/articles/" + scheduled.getInt("id");
      Api.Reply reply = anonymous.awaitStatus(path, 200, Duration.ofSeconds(40));
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().getString("status")).isEqualTo("published");
    } finally {
      deployer.undeploy(CMS);
    }
  }

  /**
   * Payara's undeploy returns while the old server may still be shutting down; a server started
   * before it has let go of the H2 file cannot open the database and deploys nothing (404 for
   * every address, seen with both cores busy). H2 holds an operating-system lock on its file.
   */
  private static void awaitDatabaseReleased(Duration patience) throws IOException, InterruptedException {
    Path database = Deployments.dataDir(RestartIT.class).resolve("db").resolve("cms.mv.db");
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      try (FileChannel file = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE);
          FileLock lock = file.tryLock()) {
        if (lock != null) {
          return;
        }
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the stopped server still holds " + database + " after " + patience);
      }
      Thread.sleep(100); // a poll interval, not a wait for the condition
    }
  }
}
