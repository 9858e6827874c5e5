package org.inkwell.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.MediaFiles.MediaFile;
import org.inkwell.cms.core.HttpDates;

/**
 * Images uploaded to the media library, at {@code /media/uploads/YYYY/MM/name.ext}: a mapping more
 * specific than the site's {@code /}, so {@link SiteServlet} never sees these addresses. A stored
 * file never changes and a new upload always gets a new name, so browsers and CDNs may keep every
 * response for a year without asking again.
 */
@WebServlet(name = "uploads", urlPatterns = MediaFiles.URL_PREFIX + "*")
public class UploadedMediaServlet extends HttpServlet {

  static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

  @Inject MediaFiles files;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      response.setContentLength(0);
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<MediaFile> found = files.find(path);
    if (found.isEmpty()) {
      notFound(response);
      return;
    }
    MediaFile file = found.get();
    String etag = "\"" + Long.toHexString(file.bytes()) + "-" + Long.toHexString(file.lastModified().toEpochMilli()) + "\"";
    if (Conditional.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), file.lastModified(), etag)) {
      cacheHeaders(response, file, etag);
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    // Opened before any header is set: a file deleted meanwhile is still a clean 404.
    try (InputStream in = Files.newInputStream(file.path())) {
      cacheHeaders(response, file, etag);
      response.setContentType(file.mediaType());
      response.setContentLengthLong(file.bytes());
      if (method.equals("GET")) {
        in.transferTo(response.getOutputStream());
      }
    } catch (NoSuchFileException deletedMeanwhile) {
      notFound(response);
    }
  }

  private static void cacheHeaders(HttpServletResponse response, MediaFile file, String etag) {
    response.setHeader("Cache-Control", CACHE_FOREVER);
    response.setHeader("ETag", etag);
    response.setHeader("Last-Modified", HttpDates.format(file.lastModified()));
    // An image is never to be taken for HTML or script, whatever bytes it holds.
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  // Just the status: these addresses are only ever images, not pages a reader browses to.
  private static void notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(0);
  }
}
