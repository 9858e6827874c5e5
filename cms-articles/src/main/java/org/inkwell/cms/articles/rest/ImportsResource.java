package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.articles.wordpress.ImportService;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;

/**
 * {@code /api/imports}: WordPress imports, for administrators. {@code POST} takes the export file
 * (WXR) itself as the body, streamed to disk with its own size limit ({@code cms.import.max.bytes},
 * 1 GiB by default), and answers {@code 202} with the queued job; the import runs in the background
 * and {@code GET /api/imports/{id}} follows it. Attachments are downloaded into the media library
 * unless {@code download_media=false}.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "imports")
public class ImportsResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject ImportService imports;
  @Inject Callers callers;
  @Context UriInfo uri;

  @POST
  @Consumes({MediaType.APPLICATION_XML, "application/rss+xml", MediaType.TEXT_XML})
  @Operation(
      operationId = "startImport",
      summary = "Imports a WordPress export file (WXR 1.0 to 1.2) in the background",
      description = "400 for an empty file, one that is not XML, not WXR or of an unknown version; 413 beyond"
          + " cms.import.max.bytes. Malformed XML further in fails the job, naming line and column. Attachments"
          + " are downloaded from their wp:attachment_url into the media library unless download_media=false.")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "202", description = "Queued; Location names the job", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Import")))
  public Response start(
      @RequestBody(
              required = true,
              content = {
                @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING, format = "binary"))
              })
          InputStream body,
      @Parameter(description = "true (the default) or false: download the attachments into the media library")
          @QueryParam("download_media")
          String downloadMedia) {
    ImportReport job = imports.start(body, downloadMedia(downloadMedia), callers.current());
    return Response.accepted(ImportJson.write(job).toString())
        .location(uri.getAbsolutePathBuilder().path(Long.toString(job.id())).build())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  private static boolean downloadMedia(String value) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw new InvalidInputException("download_media", "must be true or false");
  }

  @GET
  @Operation(operationId = "listImports", summary = "Past imports, newest first")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "One page; X-Total-Count and Link headers", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Import.class)))
  public Response list(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    var result = imports.list(PageRequest.parse(page, perPage), callers.current());
    return Pages.of(result.map(ImportJson::write), uri);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getImport", summary = "One import: state, progress, counts and problems")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Import")))
  public String get(@PathParam("id") long id) {
    return ImportJson.write(imports.find(id, callers.current())).toString();
  }
}
