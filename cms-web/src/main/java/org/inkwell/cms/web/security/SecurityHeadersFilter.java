package org.inkwell.cms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response the application writes. Mapped first in {@code
 * web.xml}, so that filters answering from a cache get them too.
 */
public class SecurityHeadersFilter extends HttpFilter {

  @Inject SecurityHeaders headers;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.apply(request, response);
    chain.doFilter(request, response);
  }
}
