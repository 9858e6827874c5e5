import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates N synthetic published articles (about 300 words, two tags each) through POST
 * /api/articles with C concurrent clients and prints "created=N failed=F seconds=S".
 * Used by bench/api and bench/public (through bench/lib/common.sh).
 * Usage: java CreateArticles.java BASE_URL LOGIN PASSWORD N C
 */
public class CreateArticles {

  private static final String[] WORDS = {
    "strength", "mobility", "protein", "recovery", "stretch", "posture", "running", "sleep",
    "hydration", "balance", "core", "squat", "deadlift", "yoga", "breathing", "walking",
    "nutrition", "fibre", "tempo", "cadence", "glutes", "hamstrings", "spine", "shoulders"
  };

  public static void main(String[] args) throws Exception {
    URI endpoint = URI.create(args[0] + "/api/articles");
    String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
    int total = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
          try {
            HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(article(n)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
              created.incrementAndGet();
            } else if (failed.incrementAndGet() <= 3) {
              System.err.println("HTTP " + r.statusCode() + ": " + r.body());
            }
          } catch (Exception e) {
            if (failed.incrementAndGet() <= 3) {
              System.err.println(e);
            }
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("created=%d failed=%d seconds=%.2f%n", created.get(), failed.get(), seconds);
  }

  private static String article(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(WORDS[(i * 7 + n) % WORDS.length]).append(' ');
    }
    String title = "Bench article " + n + " about " + WORDS[n % WORDS.length];
    return "{\"title\":\"" + title + "\",\"status\":\"published\",\"tags\":[\"Bench\",\"Topic "
        + (n % 40) + "\"],\"body\":\"<h2>" + title + "</h2><p>" + text.toString().strip() + "</p>\"}";
  }
}
