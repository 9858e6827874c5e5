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
public class MediaResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject MediaService media;
  @Inject Callers callers;
  @Context UriInfo uri;

  /** Newest first; {@code q} keeps images whose file name, alt text or caption has every word. */
  @GET
  public Response list(
      @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    var result = media.list(q, PageRequest.parse(page, perPage), callers.current());
    return Pages.of(result.map(this::write), uri);
  }

  @GET
  @Path(ID)
  public String get(@PathParam("id") long id) {
    return write(media.find(id, callers.current())).toString();
  }

  @POST
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  public Response upload(@HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, InputStream body) {
    MediaDetails created = media.upload(ContentDisposition.fileName(disposition), body, callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(write(created).toString())
        .build();
  }

  /** Changes {@code altText} and {@code caption}; members left out stay, {@code ""} clears. */
  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public String describe(@PathParam("id") long id, String body) {
    MediaJson.Texts texts = MediaJson.read(body);
    return write(media.describe(id, texts.altText(), texts.caption(), callers.current())).toString();
  }

  @DELETE
  @Path(ID)
  public Response delete(@PathParam("id") long id) {
    media.delete(id, callers.current());
    return Response.noContent().build();
  }

  private JsonObject write(MediaDetails m) {
    return MediaJson.write(m, path -> uri.getBaseUriBuilder().replacePath(path).build().toString());
  }
}
