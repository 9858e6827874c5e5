package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageQuery;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.json.Json;

/** {@code /api/pages}: read published pages anonymously; write as a signed-in user. */
@Path("pages")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "pages")
public class PagesResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject PageService pages;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listPages", summary = "Pages in tree order; published ones to anyone")
  @APIResponse(
      responseCode = "200",
      description = "One page of them; X-Total-Count and Link headers",
      content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Page.class)))
  public Response list(
      @QueryParam("parent") String parent,
      @QueryParam("status") String status,
      @QueryParam("slug") String slug,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage) {
    PageRequest request = PageRequest.parse(page, perPage);
    PageQuery query = new PageQuery(PageJson.statusFilter(status), parentFilter(parent), slugFilter(slug));
    var result = pages.list(query, request, callers.current());
    return Pages.of(result.map(p -> PageJson.write(p, link(p))), uri);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getPage", summary = "One page, with its version as ETag")
  @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePage")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  public Response get(@PathParam("id") long id, @Context Request request) {
    PageDetails page = pages.find(id, callers.current());
    EntityTag etag = Versions.tag(page.version());
    boolean isPublic = page.status() == ArticleStatus.PUBLISHED;
    CacheControl cache =
        CacheControl.valueOf(isPublic ? ArticlesResource.PUBLIC_CACHE_CONTROL : "private, no-cache");
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cache).build();
    }
    return Response.ok(PageJson.write(page, link(page)).toString()).tag(etag).cacheControl(cache).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createPage", summary = "Creates a page")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePage")))
  public Response create(
      @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePageInput"))) String body) {
    PageDetails created = pages.create(PageJson.read(body), callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(PageJson.write(created, link(created)).toString())
        .tag(Versions.tag(created.version()))
        .build();
  }

  @PUT
  @Path(ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replacePage", summary = "Replaces the page; needs If-Match")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The page as saved, with its new ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePage")))
  public Response replace(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePageInput"))) String body) {
    return update(id, ifMatch, body, false);
  }

  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updatePage", summary = "Changes the fields sent; needs If-Match")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The page as saved, with its new ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePage")))
  public Response patch(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePageInput")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "SitePageInput"))}) String body) {
    return update(id, ifMatch, body, true);
  }

  /** Moves the page to the trash (restore it with {@code "status": "draft"}). */
  @DELETE
  @Path(ID)
  @Operation(operationId = "trashPage", summary = "Moves the page to the trash")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The trashed page", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePage")))
  public Response trash(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return versioned(pages.trash(id, Versions.optional(ifMatch), callers.current()));
  }

  @GET
  @Path(ID + "/revisions")
  @Operation(operationId = "listPageRevisions", summary = "Earlier titles and bodies, newest first")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "All of them; X-Total-Count", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Revision.class)))
  public Response revisions(@PathParam("id") long id) {
    var revisions = pages.revisions(id, callers.current());
    return Response.ok(Json.array(revisions.stream().map(ArticleJson::write).toList()).toString())
        .header("X-Total-Count", revisions.size())
        .build();
  }

  @POST
  @Path(ID + "/revisions/{number: [0-9]{1,9}}/restore")
  @Operation(operationId = "restorePageRevision", summary = "Back to a revision's title and body; needs If-Match")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The page as saved, with its new ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SitePage")))
  public Response restoreRevision(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    long version = Versions.required(ifMatch);
    return versioned(pages.restoreRevision(id, number, version, callers.current()));
  }

  private Response update(long id, String ifMatch, String body, boolean partial) {
    long version = Versions.required(ifMatch);
    return versioned(pages.update(id, PageJson.read(body), version, partial, callers.current()));
  }

  private Response versioned(PageDetails page) {
    return Response.ok(PageJson.write(page, link(page)).toString())
        .tag(Versions.tag(page.version()))
        .build();
  }

  private String link(PageDetails page) {
    return uri.getBaseUriBuilder().replacePath("/" + page.path() + "/").build().toString();
  }

  /** {@code 0} lists top-level pages. */
  private static Long parentFilter(String value) {
    if (value == null) {
      return null;
    }
    if (!value.strip().matches("[0-9]{1,18}")) {
      throw new InvalidInputException("parent", "must be the id of a page, or 0 for top-level pages");
    }
    return Long.parseLong(value.strip());
  }

  private static String slugFilter(String value) {
    if (value != null && !Slug.isValid(value)) {
      throw new InvalidInputException("slug", "must be a slug");
    }
    return value;
  }
}
