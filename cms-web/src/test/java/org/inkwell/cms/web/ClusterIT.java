package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of the built site on one PostgreSQL database, joined in one data grid as {@code run.sh}
 * joins them: what is written on one is what the other serves at the next request, and a node
 * killed and started again serves what was written while it was down.
 */
@ExtendWith(SiteProcesses.class)
class ClusterIT {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  /** Search follows within a bound, not at the next request; generous for a busy machine. */
  private static final Duration EVENTUALLY = Duration.ofSeconds(30);

  private static final Pattern NODE = Pattern.compile("\"node\":\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  private String database;
  private NginxBalancer balancer;

  @BeforeEach
  void freshDatabase() throws SQLException {
    database = "cms_cluster_" + Ids.unique().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "")) {
      try (Statement s = c.createStatement()) {
        s.execute("create database " + database);
      }
    } catch (SQLException unavailable) {
      abort("No PostgreSQL at 127.0.0.1:5432 (" + unavailable.getMessage() + "): the cluster test needs one");
    }
  }

  @AfterEach
  void stopBalancer() throws InterruptedException {
    if (balancer != null) {
      balancer.close();
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void whatOneNodeWritesTheOtherServesAtTheNextRequest(SiteProcesses sites) throws Exception {
    List<Integer> gridPorts = List.of(SiteProcesses.freePort(), SiteProcesses.freePort());
    Path dataA = sites.newDataDir("cluster-a");
    Path dataB = sites.newDataDir("cluster-b");
    // Started together on the empty database: one fills it while the other waits.
    CompletableFuture<SiteProcesses.Site> startingA = CompletableFuture.supplyAsync(() -> node(sites, dataA, gridPorts, 0));
    CompletableFuture<SiteProcesses.Site> startingB = CompletableFuture.supplyAsync(() -> node(sites, dataB, gridPorts, 1));
    SiteProcesses.Site a = startingA.join();
    SiteProcesses.Site b = startingB.join();
    Api adminA = a.anonymous().asAdmin();
    Api readerB = b.anonymous();
    adminA.await("/health", r -> r.body().contains("\"members\":\"2\""), Duration.ofSeconds(120));
    throughTheBalancer(sites, a, b);

    String latest = "/api/articles?per_page=5";
    assertThat(readerB.get(latest).body()).doesNotContain("Grid Stretches");
    Api.Reply created = adminA.post("/api/articles",
        "{\"title\":\"Grid Stretches\",\"status\":\"published\",\"body\":\"<p>Stretching with a quokka.</p>\"}");
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getInt("id");
    String slug = created.json().getString("slug");
    assertThat(readerB.get("/" + slug + "/").status()).as("B's page, at the next request").isEqualTo(200);
    assertThat(readerB.get("/api/articles/" + id).json().getString("title")).isEqualTo("Grid Stretches");
    assertThat(readerB.get(latest).body()).as("B's kept listing is gone").contains("Grid Stretches");
    assertThat(readerB.get("/").body()).contains("Grid Stretches");

    Api.Reply edited = adminA.patch("/api/articles/" + id, "{\"title\":\"Grid Stretches, Edited\"}",
        "If-Match", adminA.get("/api/articles/" + id).etag());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(readerB.get("/" + slug + "/").body()).as("B's cached page is gone").contains("Grid Stretches, Edited");
    assertThat(readerB.get("/api/articles/" + id).json().getString("title")).isEqualTo("Grid Stretches, Edited");
    assertThat(readerB.get(latest).body()).contains("Grid Stretches, Edited");
    assertThat(readerB.get("/").body()).contains("Grid Stretches, Edited");
    readerB.await("/search/?q=quokka", r -> r.body().contains("Grid Stretches, Edited"), EVENTUALLY);

    Api.Reply unpublished = adminA.patch("/api/articles/" + id, "{\"status\":\"draft\"}",
        "If-Match", adminA.get("/api/articles/" + id).etag());
    assertThat(unpublished.status()).isEqualTo(200);
    assertThat(readerB.get("/" + slug + "/").status()).as("unpublished on A, gone on B").isEqualTo(404);
    assertThat(readerB.get("/api/articles/" + id).status()).isEqualTo(404);
    assertThat(readerB.get(latest).body()).doesNotContain("Grid Stretches");
    assertThat(readerB.get("/").body()).doesNotContain("Grid Stretches");

    // An article in a category that B has indexed; while B is down, A renames both, which changes
    // no article's change time: B's search catches up from the journal when it starts again.
    Api.Reply category = adminA.post("/api/categories", "{\"name\":\"Stiffness\"}");
    assertThat(category.status()).isEqualTo(201);
    Api.Reply stretch = adminA.post("/api/articles", "{\"title\":\"Pigeon Pose\",\"status\":\"published\",\"category\":\""
        + category.json().getString("slug") + "\",\"body\":\"<p>Open the hips.</p>\"}");
    assertThat(stretch.status()).isEqualTo(201);
    long stretchId = stretch.json().getInt("id");
    String stretchSlug = stretch.json().getString("slug");
    String hit = "<a href=\"/" + stretchSlug + "/\">";
    readerB.await("/search/?q=hips", r -> r.body().contains(hit), EVENTUALLY);

    assertThat(b.kill()).isEqualTo(128 + 9);
    for (int n = 0; n < 5; n++) {
      assertThat(adminA.post("/api/articles", "{\"title\":\"While B Was Down " + n
          + "\",\"status\":\"published\",\"body\":\"<p>Written on A alone.</p>\"}").status())
          .as("writes on the survivor").isEqualTo(201);
    }
    assertThat(adminA.patch("/api/articles/" + stretchId, "{\"title\":\"Pigeon Pose Revisited\"}",
        "If-Match", adminA.get("/api/articles/" + stretchId).etag()).status()).isEqualTo(200);
    assertThat(adminA.patch("/api/categories/" + category.json().getInt("id"), "{\"name\":\"Suppleness\"}").status())
        .isEqualTo(200);
    Api restartedB = node(sites, dataB, gridPorts, 1).anonymous();
    assertThat(restartedB.get("/").body()).contains("While B Was Down 4");
    assertThat(restartedB.get("/api/articles/" + id).status()).isEqualTo(404);
    assertThat(restartedB.get("/" + stretchSlug + "/").body()).contains("Pigeon Pose Revisited");
    assertThat(restartedB.get("/api/articles/" + stretchId).json().getString("title")).isEqualTo("Pigeon Pose Revisited");
    restartedB.await("/search/?q=alone", r -> r.body().contains("While B Was Down 4"), EVENTUALLY);
    restartedB.await("/search/?q=revisited", r -> r.body().contains(hit), EVENTUALLY);
    restartedB.await("/search/?q=suppleness", r -> r.body().contains(hit), EVENTUALLY);
  }

  /**
   * The shipped nginx example in front of both nodes: reads go to either node and see a write made
   * through it at once; an admin's session stays on the node that opened it.
   */
  private void throughTheBalancer(SiteProcesses sites, SiteProcesses.Site a, SiteProcesses.Site b) throws Exception {
    Optional<NginxBalancer> started = NginxBalancer.start(sites.newDataDir("nginx"), a.base(), b.base());
    if (started.isEmpty()) {
      return;
    }
    balancer = started.get();
    Api reader = Api.anonymous(balancer.base());
    Set<String> nodes = new HashSet<>();
    for (int n = 0; n < 6; n++) {
      Matcher node = NODE.matcher(reader.get("/health").body());
      assertThat(node.find()).isTrue();
      nodes.add(node.group(1));
    }
    assertThat(nodes).as("reads go round-robin").containsExactlyInAnyOrder("a", "b");

    Api.Reply created = reader.asAdmin().post("/api/articles",
        "{\"title\":\"Balanced Lunges\",\"status\":\"published\",\"body\":\"<p>Through the balancer.</p>\"}");
    assertThat(created.status()).isEqualTo(201);
    for (int n = 0; n < 4; n++) {
      assertThat(reader.get("/" + created.json().getString("slug") + "/").body())
          .as("read %d after the write, on either node", n).contains("Balanced Lunges");
    }

    Api.Reply signIn = reader.get("/admin/login.xhtml");
    String session = signIn.header("Set-Cookie").map(ClusterIT::sessionIn).orElseThrow();
    for (int n = 0; n < 4; n++) {
      Api.Reply again = reader.get("/admin/login.xhtml", "Cookie", "JSESSIONID=" + session);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.header("Set-Cookie").filter(c -> c.contains("JSESSIONID")))
          .as("the session is known: request %d reached the node that opened it", n).isEmpty();
    }
  }

  private static String sessionIn(String setCookie) {
    Matcher m = SESSION.matcher(setCookie);
    assertThat(m.find()).as("a session cookie in " + setCookie).isTrue();
    return m.group(1);
  }

  private SiteProcesses.Site node(SiteProcesses sites, Path data, List<Integer> gridPorts, int index) {
    String name = index == 0 ? "a" : "b";
    try {
      String members = "127.0.0.1:" + gridPorts.get(0) + ",127.0.0.1:" + gridPorts.get(1);
      return sites.start(data,
          Map.of("CMS_DB_URL", SERVER + database, "CMS_DB_USER", "postgres",
              "CMS_CLUSTER_MEMBERS", members, "CMS_NODE_NAME", name),
          // What run.sh gives a node of CMS_CLUSTER_MEMBERS on one host.
          List.of("--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
              "--startport", Integer.toString(gridPorts.get(index)), "--clustername", database,
              "--name", name, "--nohostaware"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
