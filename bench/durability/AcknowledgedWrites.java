import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two halves of the crash bench (bench/durability/run.sh).
 *
 * <pre>
 * java AcknowledgedWrites.java write BASE LOGIN PASSWORD CLIENTS ACK_FILE STOP_FILE
 *   CLIENTS writers create articles until STOP_FILE exists, riding out a server that is down;
 *   each create answered 201 is appended to ACK_FILE ("id TAB title") before the next one.
 * java AcknowledgedWrites.java verify BASE LOGIN PASSWORD ACK_FILE
 *   reads every acknowledged article back; prints "acknowledged=N lost=L" and the lost ones.
 * </pre>
 */
public class AcknowledgedWrites {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"");

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[1]);
    String auth = "Basic " + Base64.getEncoder().encodeToString((args[2] + ":" + args[3]).getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    if (args[0].equals("write")) {
      write(http, base, auth, Integer.parseInt(args[4]), Path.of(args[5]), Path.of(args[6]));
    } else {
      verify(http, base, auth, Path.of(args[4]));
    }
  }

  private static void write(HttpClient http, URI base, String auth, int clients, Path ackFile, Path stopFile) throws Exception {
    String run = Long.toString(System.currentTimeMillis(), 36);
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try (PrintWriter acks = new PrintWriter(Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8))) {
      for (int c = 0; c < clients; c++) {
        int writer = c;
        pool.submit(() -> {
          for (int n = 0; !Files.exists(stopFile); n++) {
            String title = "Durable " + run + " w" + writer + " n" + n;
            try {
              HttpResponse<String> r = http.send(
                  HttpRequest.newBuilder(base.resolve("/api/articles"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .header("Authorization", auth)
                      .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"status\":\"published\",\"body\":\"<p>Kept " + n + "</p>\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
              Matcher id = ID.matcher(r.body());
              if (r.statusCode() == 201 && id.find()) {
                synchronized (acks) {
                  acks.println(id.group(1) + "\t" + title);
                  acks.flush();
                }
                acknowledged.incrementAndGet();
                continue;
              }
              failed.incrementAndGet();
            } catch (IOException e) {
              failed.incrementAndGet();
            }
            // The server is down or restarting: try again shortly.
            Thread.sleep(200);
          }
          return null;
        });
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
    }
    System.out.printf("acknowledged=%d refused_or_unanswered=%d%n", acknowledged.get(), failed.get());
  }

  private static void verify(HttpClient http, URI base, String auth, Path ackFile) throws Exception {
    List<String> acks = Files.readAllLines(ackFile, StandardCharsets.UTF_8);
    int lost = 0;
    for (String line : acks) {
      String[] ack = line.split("\t", 2);
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(base.resolve("/api/articles/" + ack[0])).header("Authorization", auth).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher title = TITLE.matcher(r.body());
      if (r.statusCode() != 200 || !title.find() || !title.group(1).equals(ack[1])) {
        lost++;
        System.out.println("lost: id " + ack[0] + " \"" + ack[1] + "\" -> HTTP " + r.statusCode());
      }
    }
    System.out.printf("acknowledged=%d lost=%d%n", acks.size(), lost);
  }
}
