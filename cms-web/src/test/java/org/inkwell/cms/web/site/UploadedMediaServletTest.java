package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.MediaFiles.MediaFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedMediaServletTest {

  private static final Instant STORED = Instant.parse("2026-05-01T10:00:00.250Z");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  @TempDir Path dir;

  private final UploadedMediaServlet servlet = new UploadedMediaServlet();
  private final Map<String, MediaFile> stored = new HashMap<>();

  @BeforeEach
  void storeAnImage() throws IOException {
    Path file = Files.write(dir.resolve("run-abc123.png"), PNG);
    stored.put("2026/05/run-abc123.png", new MediaFile(file, "image/png", PNG.length, STORED));
    servlet.files = path -> Optional.ofNullable(stored.get(path));
  }

  @Test
  void servesTheFileToCacheForever() throws IOException {
    Answer answer = request("GET", "/2026/05/run-abc123.png");

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.headers).containsEntry("Content-Type", "image/png")
        .containsEntry("Content-Length", "8")
        .containsEntry("Cache-Control", "public, max-age=31536000, immutable")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Last-Modified", "Fri, 01 May 2026 10:00:00 GMT")
        .containsKey("ETag");
    assertThat(answer.body.toByteArray()).isEqualTo(PNG);
  }

  @Test
  void headAnswersTheHeadersOnly() throws IOException {
    Answer answer = request("HEAD", "/2026/05/run-abc123.png");

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.headers).containsEntry("Content-Length", "8").containsEntry("Content-Type", "image/png");
    assertThat(answer.body.size()).isZero();
  }

  @Test
  void aCurrentCopyGets304ByTagOrByDate() throws IOException {
    String etag = request("GET", "/2026/05/run-abc123.png").headers.get("ETag");

    Answer byTag = request("GET", "/2026/05/run-abc123.png", "If-None-Match", etag);
    assertThat(byTag.status).isEqualTo(304);
    assertThat(byTag.headers).containsEntry("ETag", etag).containsEntry("Cache-Control", UploadedMediaServlet.CACHE_FOREVER);
    assertThat(byTag.body.size()).isZero();

    assertThat(request("GET", "/2026/05/run-abc123.png", "If-Modified-Since", "Fri, 01 May 2026 10:00:00 GMT").status)
        .isEqualTo(304);
    assertThat(request("GET", "/2026/05/run-abc123.png", "If-Modified-Since", "Fri, 01 May 2026 09:59:59 GMT").status)
        .isEqualTo(200);
    assertThat(request("GET", "/2026/05/run-abc123.png", "If-None-Match", "\"other\"").status).isEqualTo(200);
    assertThat(request("GET", "/2026/05/run-abc123.png", "If-Modified-Since", "not a date").status)
        .as("a malformed date is ignored").isEqualTo(200);
  }

  @Test
  void anythingElseIsNotFound() throws IOException {
    Answer missing = request("GET", "/2026/05/../../secret.png");
    assertThat(missing.status).isEqualTo(404);
    assertThat(missing.headers).containsEntry("Cache-Control", "no-cache").doesNotContainKey("ETag");
    assertThat(request("GET", null).status).isEqualTo(404);
  }

  @Test
  void aFileDeletedMeanwhileIsNotFoundEither() throws IOException {
    Files.delete(dir.resolve("run-abc123.png"));

    Answer answer = request("GET", "/2026/05/run-abc123.png");

    assertThat(answer.status).isEqualTo(404);
    assertThat(answer.headers).doesNotContainKey("ETag").containsEntry("Cache-Control", "no-cache");
  }

  @Test
  void onlyReadsAreAllowed() throws IOException {
    Answer answer = request("DELETE", "/2026/05/run-abc123.png");

    assertThat(answer.status).isEqualTo(405);
    assertThat(answer.headers).containsEntry("Allow", "GET, HEAD");
    assertThat(stored).isNotEmpty();
  }

  // --- a request and a response without a container

  private static final class Answer {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  private Answer request(String method, String pathInfo, String... headers) throws IOException {
    Map<String, String> requestHeaders = new HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      requestHeaders.put(headers[i], headers[i + 1]);
    }
    HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
      case "getMethod" -> method;
      case "getPathInfo" -> pathInfo;
      case "getHeader" -> requestHeaders.get((String) args[0]);
      default -> throw new UnsupportedOperationException(name);
    });
    Answer answer = new Answer();
    ServletOutputStream out = new ServletOutputStream() {
      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {}

      @Override
      public void write(int b) {
        answer.body.write(b);
      }
    };
    HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> {
      switch (name) {
        case "setStatus" -> answer.status = (int) args[0];
        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
        case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
        case "setContentLength", "setContentLengthLong" -> answer.headers.put("Content-Length", args[0].toString());
        case "getOutputStream" -> {
          return out;
        }
        default -> throw new UnsupportedOperationException(name);
      }
      return null;
    });
    servlet.service(request, response);
    return answer;
  }

  private interface Handler {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(Proxy.newProxyInstance(
        type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> handler.answer(method.getName(), args)));
  }
}
