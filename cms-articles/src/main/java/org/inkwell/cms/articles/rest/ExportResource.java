package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.wordpress.ExportService;
import org.inkwell.cms.articles.wordpress.SiteExport;

/**
 * {@code /api/export}: the whole site as a WordPress export file (WXR 1.2), for administrators,
 * streamed as it is read: the caller is checked before the first byte, so refusals are
 * problem+json like every other.
 */
@Path("export")
@RequestScoped
@Tag(name = "imports")
public class ExportResource {

  /** What WordPress serves its exports as; an RSS document. */
  static final String WXR = "application/rss+xml; charset=UTF-8";

  @Inject ExportService exports;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "exportSite",
      summary = "The whole site as a WordPress export file (WXR 1.2)",
      description = "Users as authors (no passwords), categories, tags, menus, every article and page but those in the"
          + " trash, with their old slugs and featured images, and the media library's images as attachments with the"
          + " addresses of their originals. WordPress's importer and POST /api/imports take it.")
  @SecurityRequirement(name = "basic")
  @APIResponse(
      responseCode = "200",
      description = "The file, as an attachment named after the site and the day",
      headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<site>-YYYY-MM-DD.xml\"", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response export() {
    URI base = uri.getBaseUri();
    String readersAddress = base.getScheme() + "://" + base.getRawAuthority();
    SiteExport export = exports.export(readersAddress, callers.current());
    return Response.ok((StreamingOutput) export::writeTo, WXR)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
