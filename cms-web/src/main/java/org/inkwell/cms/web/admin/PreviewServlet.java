package org.inkwell.cms.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A draft as its public page will look, at an address only the editor who asked for it can open
 * (the admin's sign-in guards {@code /admin/}, the name is a secret of their session).
 */
@WebServlet("/admin/preview/*")
public class PreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Previews previews;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<String> page = previews.find(token);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    if (page.isEmpty()) {
      // The not-found page, with the reason: a preview lives only as long as the session that made it.
      request.setAttribute("reason", Notices.text("notFound.preview"));
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/html; charset=UTF-8");
    response.getWriter().write(page.get());
  }
}
