package org.inkwell.cms.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.inkwell.cms.articles.wordpress.ExportService;
import org.inkwell.cms.articles.wordpress.SiteExport;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.web.site.SiteConfig;

/**
 * The Settings screen's Export: the same WordPress export file as {@code GET /api/export}, for the
 * administrator signed in to the admin (the API takes no session, so the admin has its own address).
 */
@WebServlet("/admin/export")
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ExportService exports;
  @Inject SignedInUser me;
  @Inject SiteConfig site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SiteExport export;
    try {
      export = exports.export(
          site.base(request.getScheme(), request.getHeader("Host"), request.getServerName(), request.getServerPort()), me.actor());
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("application/rss+xml; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    export.writeTo(response.getOutputStream());
  }
}
