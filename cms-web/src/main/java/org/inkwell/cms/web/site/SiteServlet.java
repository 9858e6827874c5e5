package org.inkwell.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.wordpress.OldAddress;

/**
 * The public site: every address no other part of the application claims. Pages come from the
 * {@link PageCache} with strong validators, so repeat readers and CDNs get 304s; {@code /media/}
 * files pass to the server's static file servlet.
 */
@WebServlet(name = "site", urlPatterns = "/")
public class SiteServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(SiteServlet.class.getName());
  private static final String HTML_POLICY = "default-src 'self'; img-src 'self' https: data:; style-src 'self';"
      + " script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  private static final String NOT_KEPT = "no-cache";
  private static final String ADMIN_HOME = "/admin/index.xhtml";
  private static final String MEDIA_CACHE = "public, max-age=604800";
  private static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";

  /** Pages are kept for a few site addresses only, so that made-up Host headers cannot flood the cache. */
  private static final int MAX_KEPT_BASES = 8;

  private final Set<String> keptBases = ConcurrentHashMap.newKeySet();

  @Inject PageCache cache;
  @Inject SiteRenderer renderer;
  @Inject SiteConfig config;
  @Inject Stylesheet stylesheet;
  @Inject OldLinks oldLinks;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.startsWith("/media/")) {
      if (getServletContext().getResource(path) != null) {
        response.setHeader("Cache-Control", MEDIA_CACHE);
      }
      getServletContext().getNamedDispatcher("default").forward(request, response);
      return;
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (path.equals("/admin") || path.equals("/admin/")) {
      response.sendRedirect(ADMIN_HOME);
      return;
    }
    if (path.equals(Stylesheet.PATH)) {
      serveStylesheet(request, response);
      return;
    }
    String base = config.base(request.getScheme(), request.getHeader("Host"), request.getServerName(), request.getServerPort());
    // WordPress's /?p=123 asks for one post, not the home page: its address now, else nothing here.
    Optional<String> plainPermalink = OldAddress.ofQuery(path, request.getParameter("p"), request.getParameter("page_id"));
    Route route = plainPermalink.isPresent()
        ? new Route.NotFound()
        : Routes.parse(path, request.getParameter("q"), request.getParameter("page"));
    if (route instanceof Route.Canonical canonical) {
      String query = request.getQueryString();
      redirect(response, base + canonical.path() + (query == null ? "" : "?" + query));
      return;
    }
    CachedPage page;
    try {
      page = route.isKept() && isKeptFor(base)
          ? cache.get(base + " " + route, () -> CachedPage.of(renderer.render(route, base), Instant.now()))
          : CachedPage.of(renderer.render(route, base), Instant.now());
      if (page.isNothingFound()) {
        // Live content always wins: an imported site's old address is looked up only where none answers.
        Optional<String> moved =
            plainPermalink.or(() -> OldAddress.ofPath(path)).flatMap(address -> oldLinks.location(base, address));
        page = moved.isPresent()
            ? CachedPage.of(PageResult.movedTo(moved.get()), Instant.now())
            : cache.get(base + " 404", () -> CachedPage.of(renderer.notFound(base), Instant.now()));
      }
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Public page " + path + " failed (incident " + incident + ")", e);
      page = CachedPage.of(renderer.failure(base, incident), Instant.now());
      response.setHeader("Cache-Control", "no-store");
      write(page, request, response);
      return;
    }
    write(page, request, response);
  }

  private void write(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (page.location() != null) {
      redirect(response, page.location());
      return;
    }
    boolean gzip = Conditional.acceptsGzip(request.getHeader("Accept-Encoding"));
    String etag = gzip ? page.gzipEtag() : page.etag();
    if (!response.containsHeader("Cache-Control")) {
      response.setHeader("Cache-Control", page.keep() ? config.cacheControl() : NOT_KEPT);
    }
    response.setHeader("Vary", "Accept-Encoding");
    if (page.contentType().startsWith("text/html")) {
      response.setHeader("Content-Security-Policy", HTML_POLICY);
    }
    if (page.keep()) {
      response.setHeader("ETag", etag);
      response.setHeader("Last-Modified", page.lastModifiedHeader());
      // Preconditions apply to a 2xx answer only (RFC 9110 §13.2.1), not to the 404 page.
      if (page.status() == HttpServletResponse.SC_OK
          && Conditional.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), page, etag)) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
    }
    byte[] body = gzip ? page.gzipped() : page.body();
    response.setStatus(page.status());
    response.setContentType(page.contentType());
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!request.getMethod().equals("HEAD")) {
      response.getOutputStream().write(body);
    }
  }

  private boolean isKeptFor(String base) {
    return keptBases.contains(base) || (keptBases.size() < MAX_KEPT_BASES && keptBases.add(base));
  }

  private void serveStylesheet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean current = stylesheet.version().equals(request.getParameter("v"));
    response.setHeader("Cache-Control", current ? VERSIONED_CACHE : MEDIA_CACHE);
    write(stylesheet.page(), request, response);
  }

  private static void redirect(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", location);
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setContentLength(0);
  }
}
