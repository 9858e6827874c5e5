import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latency of a public page right after an invalidation: WARMUP + N times, edits the article's
 * SEO meta description with PATCH /api/articles/{id} (If-Match: the ETag of the previous PATCH
 * response), then at once GETs the article's page, which must be the page's first request after the
 * PATCH response (nobody else may request that page meanwhile), and times it from sending the
 * request to the last byte of the body. The page must be 200, carry a new ETag and show the new
 * description. Then it GETs the page once more, from the kept bytes, as a baseline of the same
 * client, and sleeps PAUSE_MS so that the Recommended Posts recomputation that follows each edit
 * (after a 150 ms quiet period) is over before the next edit.
 *
 * <p>Prints "COLD n=... p50_ms=... p90_ms=... p99_ms=... max_ms=... warm_p50_ms=... warm_p99_ms=...
 * patch_p50_ms=... patch_p99_ms=... non2xx=... stale=... bytes=..." (bytes: the cold page's body).
 *
 * <p>Usage: java ColdRender.java BASE_URL LOGIN PASSWORD SLUG N WARMUP PAUSE_MS
 */
public class ColdRender {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
    String slug = args[3];
    int n = Integer.parseInt(args[4]);
    int warmup = Integer.parseInt(args[5]);
    long pauseMillis = Long.parseLong(args[6]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> found = http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/articles?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)))
            .header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = ID.matcher(found.body());
    if (found.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("No article with slug " + slug + ": HTTP " + found.statusCode() + " " + found.body());
    }
    URI api = URI.create(base + "/api/articles/" + m.group(1));
    URI page = URI.create(base + "/" + slug + "/");
    String articleEtag = http.send(HttpRequest.newBuilder(api).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
    String pageEtag = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
        .headers().firstValue("ETag").orElse("");

    long[] cold = new long[n];
    long[] warm = new long[n];
    long[] patch = new long[n];
    int non2xx = 0;
    int stale = 0;
    int bytes = 0;
    List<String> problems = new ArrayList<>();
    long run = System.currentTimeMillis();
    for (int i = 0; i < warmup + n; i++) {
      String marker = "bench edit " + run + "-" + i + ")";
      String body = "{\"seo\":{\"metaDescription\":\"How to pop your lower back safely, step by step ("
          + marker + "\"}}";
      long p0 = System.nanoTime();
      HttpResponse<String> patched = http.send(
          HttpRequest.newBuilder(api)
              .header("Authorization", auth)
              .header("Content-Type", "application/json")
              .header("If-Match", articleEtag)
              .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      long p1 = System.nanoTime();
      if (patched.statusCode() != 200) {
        throw new IllegalStateException("PATCH failed: HTTP " + patched.statusCode() + " " + patched.body());
      }
      articleEtag = patched.headers().firstValue("ETag").orElseThrow();

      // The measured request: the first one for the page since the PATCH response.
      long t0 = System.nanoTime();
      HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
      long t1 = System.nanoTime();
      HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
      long t2 = System.nanoTime();

      String etag = first.headers().firstValue("ETag").orElse("");
      boolean ok = first.statusCode() == 200 && again.statusCode() == 200;
      boolean fresh = !etag.equals(pageEtag) && new String(first.body(), StandardCharsets.UTF_8).contains(marker)
          && etag.equals(again.headers().firstValue("ETag").orElse(""));
      pageEtag = etag;
      if (i >= warmup) {
        int k = i - warmup;
        cold[k] = t1 - t0;
        warm[k] = t2 - t1;
        patch[k] = p1 - p0;
        bytes = first.body().length;
        if (!ok) {
          non2xx++;
        } else if (!fresh) {
          stale++;
        }
        if ((!ok || !fresh) && problems.size() < 3) {
          problems.add("iteration " + k + ": HTTP " + first.statusCode() + "/" + again.statusCode()
              + ", ETag " + etag + ", new description shown: " + new String(first.body(), StandardCharsets.UTF_8).contains(marker));
        }
      }
      Thread.sleep(pauseMillis); // the pacing this bench measures at: edits spread out, not back to back
    }
    problems.forEach(System.err::println);
    System.out.printf("COLD n=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f warm_p50_ms=%.2f warm_p99_ms=%.2f"
            + " patch_p50_ms=%.2f patch_p99_ms=%.2f non2xx=%d stale=%d bytes=%d%n",
        n, ms(cold, 50), ms(cold, 90), ms(cold, 99), ms(cold, 100), ms(warm, 50), ms(warm, 99),
        ms(patch, 50), ms(patch, 99), non2xx, stale, bytes);
  }

  /** Nearest-rank percentile in milliseconds. */
  private static double ms(long[] nanos, double percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
