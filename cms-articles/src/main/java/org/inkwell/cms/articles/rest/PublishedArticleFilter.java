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
 * Answers anonymous reads of a published article from {@link PublishedArticleResponses} without
 * running the REST, CDI and persistence machinery; everything else passes through.
 */
@WebFilter(urlPatterns = "/api/articles/*")
public class PublishedArticleFilter extends HttpFilter {

  private static final Pattern ARTICLE = Pattern.compile("/api/articles/([0-9]{1,18})");

  @Inject PublishedArticleResponses responses;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<PublishedArticleResponses.Entry> kept = cached(request);
    if (kept.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    PublishedArticleResponses.Entry entry = kept.get();
    String etag = entry.etag().toString();
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", ArticlesResource.PUBLIC_CACHE_CONTROL);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/json");
    response.setContentLength(entry.json().length);
    response.getOutputStream().write(entry.json());
  }

  private Optional<PublishedArticleResponses.Entry> cached(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getHeader("Authorization") != null
        || request.getQueryString() != null) {
      return Optional.empty();
    }
    Matcher m = ARTICLE.matcher(request.getRequestURI());
    if (!m.matches()) {
      return Optional.empty();
    }
    return responses.find(Long.parseLong(m.group(1)), ArticlesResource.base(request.getScheme(), request.getHeader("Host")));
  }
}
