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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.json.Json;

/** {@code /api/articles}: read published articles anonymously; write as a signed-in user. */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "articles")
public class ArticlesResource {

  private static final String ID = "{id: [0-9]{1,18}}";
  static final String PUBLIC_CACHE_CONTROL = "no-cache";

  @Inject ArticleService articles;
  @Inject PublishedArticleResponses published;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listArticles", summary = "Articles, newest first; published ones to anyone")
  @APIResponse(
      responseCode = "200",
      description = "One page; X-Total-Count and Link headers",
      content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Article.class)))
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("tag") String tag,
      @QueryParam("author") String author,
      @QueryParam("slug") String slug,
      @QueryParam("q") String q,
      @QueryParam("orderby") String orderby,
      @QueryParam("order") String order,
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @Context HttpHeaders headers) {
    PageRequest request = PageRequest.parse(page, perPage);
    ArticleQuery query =
        new ArticleQuery(statuses(status), categoryFilter(category), slugFilter("tag", tag),
            author, slugFilter("slug", slug), q);
    ArticleSort sort = ArticleOrder.parse(orderby, order);
    Actor caller = callers.current();
    Supplier<ResultPage<JsonObject>> listed =
        () -> articles.list(query, sort, request, caller).map(a -> ArticleJson.write(a, link(a)));
    if (!caller.isAnonymous()) {
      return Pages.of(listed.get(), uri);
    }
    // Read within the cache's rendering: a change that commits meanwhile stops it being kept.
    URI requested = uri.getRequestUri();
    PublishedArticleResponses.Listing listing =
        published.listing(base(requested.getScheme(), headers.getHeaderString(HttpHeaders.HOST)),
            requested.getRawPath(), requested.getRawQuery(), () -> {
              ResultPage<JsonObject> result = listed.get();
              return new PublishedArticleResponses.Listing(
                  Json.array(result.items()).toString().getBytes(StandardCharsets.UTF_8),
                  result.total(), Pages.links(result, uri));
            });
    return Pages.of(listing.json(), listing.total(), listing.links());
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getArticle", summary = "One article, with its version as ETag")
  @APIResponse(responseCode = "200", description = "The article", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Article")))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  public Response get(@PathParam("id") long id, @Context Request request, @Context HttpHeaders headers) {
    Actor caller = callers.current();
    if (caller.isAnonymous()) {
      // Read within the cache's rendering: a change that commits meanwhile stops it being kept.
      PublishedArticleResponses.Entry entry =
          published.get(id, base(uri.getBaseUri().getScheme(), headers.getHeaderString(HttpHeaders.HOST)),
              () -> rendered(articles.find(id, caller)));
      return conditional(request, entry.etag(), PUBLIC_CACHE_CONTROL, entry::json);
    }
    ArticleDetails article = articles.find(id, caller);
    return conditional(request, Versions.tag(article.version()),
        article.status() == ArticleStatus.PUBLISHED ? PUBLIC_CACHE_CONTROL : "private, no-cache",
        () -> json(article));
  }

  private PublishedArticleResponses.Entry rendered(ArticleDetails article) {
    return new PublishedArticleResponses.Entry(article.version(), json(article));
  }

  private byte[] json(ArticleDetails article) {
    return ArticleJson.write(article, link(article)).toString().getBytes(StandardCharsets.UTF_8);
  }

  /** 304 when the client has this version, else the body; both with these cache directives. */
  private static Response conditional(Request request, EntityTag etag, String cacheControl, Supplier<byte[]> json) {
    CacheControl cache = CacheControl.valueOf(cacheControl);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cache).build();
    }
    return Response.ok(json.get()).tag(etag).cacheControl(cache).build();
  }

  /** What a cached response depends on besides the article: the address it was asked at. */
  static String base(String scheme, String host) {
    return scheme + "://" + host;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createArticle", summary = "Creates an article")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Article")))
  public Response create(
      @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "ArticleInput"))) String body) {
    ArticleDetails created = articles.create(ArticleJson.read(body), callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(ArticleJson.write(created, link(created)).toString())
        .tag(Versions.tag(created.version()))
        .build();
  }

  @PUT
  @Path(ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceArticle", summary = "Replaces the article; needs If-Match")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The article as saved, with its new ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Article")))
  public Response replace(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "ArticleInput"))) String body) {
    return update(id, ifMatch, body, false);
  }

  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateArticle", summary = "Changes the fields sent; needs If-Match")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The article as saved, with its new ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Article")))
  public Response patch(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "ArticleInput")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "ArticleInput"))}) String body) {
    return update(id, ifMatch, body, true);
  }

  /** Moves the article to the trash (restore it with {@code "status": "draft"}). */
  @DELETE
  @Path(ID)
  @Operation(operationId = "trashArticle", summary = "Moves the article to the trash")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The trashed article", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Article")))
  public Response trash(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return versioned(articles.trash(id, Versions.optional(ifMatch), callers.current()));
  }

  @GET
  @Path(ID + "/revisions")
  @Operation(operationId = "listArticleRevisions", summary = "Earlier titles, bodies and excerpts, newest first")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "All of them; X-Total-Count", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Revision.class)))
  public Response revisions(@PathParam("id") long id) {
    var revisions = articles.revisions(id, callers.current());
    return Response.ok(Json.array(revisions.stream().map(ArticleJson::write).toList()).toString())
        .header("X-Total-Count", revisions.size())
        .build();
  }

  /** Gives the article a revision's title, body and excerpt; needs {@code If-Match} like PATCH. */
  @POST
  @Path(ID + "/revisions/{number: [0-9]{1,9}}/restore")
  @Operation(operationId = "restoreArticleRevision", summary = "Back to a revision's title, body and excerpt; needs If-Match")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The article as saved, with its new ETag", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Article")))
  public Response restoreRevision(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    long version = Versions.required(ifMatch);
    return versioned(articles.restoreRevision(id, number, version, callers.current()));
  }

  private Response update(long id, String ifMatch, String body, boolean partial) {
    long version = Versions.required(ifMatch);
    return versioned(articles.update(id, ArticleJson.read(body), version, partial, callers.current()));
  }

  /** The article as it is now, with its version as ETag. */
  private Response versioned(ArticleDetails article) {
    return Response.ok(ArticleJson.write(article, link(article)).toString())
        .tag(Versions.tag(article.version()))
        .build();
  }

  private String link(ArticleDetails article) {
    return uri.getBaseUriBuilder().replacePath("/" + article.slug() + "/").build().toString();
  }

  /** {@code any} means every state but the trash; otherwise one state. */
  private static Set<ArticleStatus> statuses(String status) {
    if (status != null && status.strip().equalsIgnoreCase("any")) {
      return EnumSet.complementOf(EnumSet.of(ArticleStatus.TRASHED));
    }
    ArticleStatus one = ArticleJson.parseStatusFilter(status);
    return one == null ? null : EnumSet.of(one);
  }

  private static java.util.Set<String> categoryFilter(String value) {
    String slug = slugFilter("category", value);
    return slug == null ? null : java.util.Set.of(slug);
  }

  private static String slugFilter(String field, String value) {
    if (value == null) {
      return null;
    }
    if (!Slug.isValid(value)) {
      throw new InvalidInputException(field, "must be a slug");
    }
    return value;
  }
}
