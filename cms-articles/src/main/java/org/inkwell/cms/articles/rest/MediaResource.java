package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaService;
import org.inkwell.cms.core.PageRequest;

/**
 * {@code /api/media}: the media library, for signed-in users; authors and up upload.
 *
 * <p>An upload is the file itself as the request body, as WordPress's REST API takes it (no
 * multipart form): {@code POST /api/media} with {@code Content-Type} any {@code image/...} type
 * or {@code application/octet-stream} (the real type is detected from the content) and {@code
 * Content-Disposition: attachment; filename="morning-run.jpg"}, whose name becomes the stored
 * file's. The answer is {@code 201} with the image as JSON, its variants included.
 */
@Path("media")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "media")
public class MediaResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject MediaService media;
  @Inject Callers callers;
  @Context UriInfo uri;

  /** Newest first; {@code q} keeps images whose file name, alt text or caption has every word. */
  @GET
  @Operation(operationId = "listMedia", summary = "The media library, newest first")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "One page; X-Total-Count and Link headers", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Media.class)))
  public Response list(
      @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    var result = media.list(q, PageRequest.parse(page, perPage), callers.current());
    return Pages.of(result.map(this::write), uri);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getMedia", summary = "One image with its variants")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Media")))
  public String get(@PathParam("id") long id) {
    return write(media.find(id, callers.current())).toString();
  }

  @POST
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(operationId = "uploadMedia", summary = "Uploads an image: the file itself as the body")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "201", description = "Created; Location", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Media")))
  public Response upload(
      @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
      @RequestBody(
              required = true,
              content = {
                @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))
              })
          InputStream body) {
    MediaDetails created = media.upload(ContentDisposition.fileName(disposition), body, callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(write(created).toString())
        .build();
  }

  /** Changes {@code altText} and {@code caption}; members left out stay, {@code ""} clears. */
  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "describeMedia", summary = "Changes alt text and caption")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Media")))
  public String describe(@PathParam("id") long id, @RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "MediaTexts")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "MediaTexts"))}) String body) {
    MediaJson.Texts texts = MediaJson.read(body);
    return write(media.describe(id, texts.altText(), texts.caption(), callers.current())).toString();
  }

  @DELETE
  @Path(ID)
  @Operation(operationId = "deleteMedia", summary = "Deletes the image and its files")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    media.delete(id, callers.current());
    return Response.noContent().build();
  }

  private JsonObject write(MediaDetails m) {
    return MediaJson.write(m, path -> uri.getBaseUriBuilder().replacePath(path).build().toString());
  }
}
