package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shipped load-balancer example, {@code deploy/nginx-cluster.conf}, run by nginx in front of
 * two started nodes: the file as shipped, with only its two node addresses and its port replaced.
 * Absent where nginx is not installed.
 */
final class NginxBalancer implements AutoCloseable {

  static final Path SHIPPED = Path.of("..", "deploy", "nginx-cluster.conf");
  private static final List<String> SHIPPED_NODES = List.of("127.0.0.1:8081", "127.0.0.1:8082");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final URL base;

  private NginxBalancer(Process process, URL base) {
    this.process = process;
    this.base = base;
  }

  /** nginx on a free port of this machine in front of these two nodes, once it answers. */
  static Optional<NginxBalancer> start(Path dir, URL first, URL second) throws IOException, InterruptedException {
    Optional<Path> nginx = Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")
        .map(Path::of).filter(Files::isExecutable).findFirst();
    if (nginx.isEmpty()) {
      System.err.println("nginx is not installed (apt-get install nginx-light): ClusterIT skips the load balancer");
      return Optional.empty();
    }
    int port = SiteProcesses.freePort();
    String config = Files.readString(SHIPPED);
    assertThat(config).contains(SHIPPED_NODES).contains("listen 8080;");
    // The nodes listen on every address of this machine; 127.0.0.1 as in the file, never "localhost"
    // (which nginx may also resolve to ::1).
    config = config.replace(SHIPPED_NODES.get(0), "127.0.0.1:" + first.getPort())
        .replace(SHIPPED_NODES.get(1), "127.0.0.1:" + second.getPort())
        .replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
    Files.createDirectories(dir.resolve("logs"));
    Files.createDirectories(dir.resolve("temp"));
    Path file = Files.writeString(dir.resolve("nginx.conf"), config);
    Process process = new ProcessBuilder(nginx.get().toString(), "-p", dir.toString(), "-c", file.toString(),
            "-e", "stderr", "-g", "daemon off;")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("nginx.log").toFile())
        .start();
    NginxBalancer balancer = new NginxBalancer(process, new URL("http://127.0.0.1:" + port + "/"));
    balancer.awaitAnswering();
    return Optional.of(balancer);
  }

  URL base() {
    return base;
  }

  private void awaitAnswering() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("nginx running (see its log)").isTrue();
      try {
        HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new AssertionError("nginx did not answer on " + base + " within 30 s");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
