package org.inkwell.cms.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the built site as its own server process ({@code java -jar payara-micro.jar --deploy
 * ROOT.war}, as {@code run.sh} does) for tests that must kill or restart it on the same data, which
 * an Arquillian container cannot do. Every process still running after a test is killed.
 */
final class SiteProcesses implements ParameterResolver, AfterEachCallback {

  private static final Duration BOOT_PATIENCE = Duration.ofSeconds(600);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final List<Site> started = java.util.Collections.synchronizedList(new ArrayList<>());

  /** A fresh, empty data directory under {@code target/}. */
  Path newDataDir(String name) throws IOException {
    Path dir = Path.of("target", "site-processes", name + "-" + Ids.unique()).toAbsolutePath();
    return Files.createDirectories(dir);
  }

  /** Starts the site on this data directory and returns once it answers {@code /health}. */
  Site start(Path dataDir) throws IOException {
    return start(dataDir, Map.of(), List.of("--nocluster", "--nohazelcast"));
  }

  /**
   * Starts the site with these environment variables added and these server options (clustering,
   * data grid) instead of a lone node's, and returns once it answers {@code /health}.
   */
  Site start(Path dataDir, Map<String, String> environment, List<String> serverOptions) throws IOException {
    int port = freePort();
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("it.server.jvm").split(" ")));
    command.addAll(List.of(
        "-Djava.io.tmpdir=" + dataDir.getParent(),
        "-jar", System.getProperty("payara.microJar"),
        "--deploy", System.getProperty("cms.war"), "--contextroot", "/",
        "--port", Integer.toString(port),
        "--postbootcommandfile", "src/main/payara/post-boot-commands.asadmin"));
    command.addAll(serverOptions);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("CMS_DATA_DIR", dataDir.toString());
    env.put("CMS_DEMO_CONTENT", "false");
    env.putAll(environment);
    Site site = new Site(builder.start(), new URL("http://localhost:" + port + "/"), log);
    started.add(site);
    site.awaitHealthy();
    return site;
  }

  /** A port nothing listens on now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    started.forEach(Site::kill);
    started.clear();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == SiteProcesses.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return this;
  }

  /** One running server process. */
  record Site(Process process, URL base, Path log) {

    Api anonymous() {
      return Api.anonymous(base);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush, no clean close of the database. */
    int kill() {
      process.destroyForcibly();
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private void awaitHealthy() {
      Instant deadline = Instant.now().plus(BOOT_PATIENCE);
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
        }
        try {
          HttpResponse<Void> health = HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "health")).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding());
          if (health.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still booting
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalStateException("The server did not answer /health within " + BOOT_PATIENCE + "; see " + log);
    }
  }
}
