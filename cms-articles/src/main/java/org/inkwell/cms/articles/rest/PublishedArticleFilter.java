package org.inkwell.cms.articles.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers anonymous reads of a published article, and of listings of them, from {@link
 * PublishedArticleResponses} without running the REST, CDI and persistence machinery; everything
 * else passes through. A request with credentials is never answered here: what a signed-in caller
 * may see is not what was kept for anonymous readers.
 */
@WebFilter(urlPatterns = "/api/articles/*") // "/api/articles" itself included
public class PublishedArticleFilter extends HttpFilter {

  private static final String LISTING = "/api/articles";
  private static final Pattern ARTICLE = Pattern.compile("/api/articles/([0-9]{1,18})");
  private static final String JSON = "application/json";

  @Inject PublishedArticleResponses responses;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
      chain.doFilter(request, response);
      return;
    }
    String base = ArticlesResource.base(request.getScheme(), request.getHeader("Host"));
    String path = request.getRequestURI();
    if (path.equals(LISTING)) {
      Optional<PublishedArticleResponses.Listing> kept = responses.findListing(base, path, request.getQueryString());
      if (kept.isPresent()) {
        response.setHeader(Pages.TOTAL_COUNT, Long.toString(kept.get().total()));
        response.setHeader(Pages.LINK, kept.get().links());
        write(response, kept.get().json());
        return;
      }
    } else {
      Optional<PublishedArticleResponses.Entry> kept = article(base, path, request.getQueryString());
      if (kept.isPresent()) {
        answer(request, response, kept.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private Optional<PublishedArticleResponses.Entry> article(String base, String path, String query) {
    Matcher m = ARTICLE.matcher(path);
    if (query != null || !m.matches()) {
      return Optional.empty();
    }
    return responses.find(Long.parseLong(m.group(1)), base);
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, PublishedArticleResponses.Entry entry)
      throws IOException {
    String etag = entry.etag().toString();
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", ArticlesResource.PUBLIC_CACHE_CONTROL);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    write(response, entry.json());
  }

  private static void write(HttpServletResponse response, byte[] json) throws IOException {
    response.setContentType(JSON);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
