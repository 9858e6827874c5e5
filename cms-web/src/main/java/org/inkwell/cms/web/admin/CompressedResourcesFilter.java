package org.inkwell.cms.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The HTTP listener gzips the admin's scripts and stylesheets for browsers that accept it
 * (post-boot commands), but does not say so in {@code Vary}: without it a shared cache could hand
 * the gzipped copy to a client that cannot read it.
 */
@WebFilter("/jakarta.faces.resource/*")
public class CompressedResourcesFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    chain.doFilter(request, response);
  }
}
