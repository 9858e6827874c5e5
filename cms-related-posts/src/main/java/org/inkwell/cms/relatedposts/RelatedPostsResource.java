package org.inkwell.cms.relatedposts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.core.CallerRoles;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;
import org.inkwell.cms.core.spi.ArticleCard;
import org.inkwell.cms.relatedposts.internal.Curation;
import org.inkwell.cms.relatedposts.internal.CurationRules;
import org.inkwell.cms.relatedposts.internal.Pick;
import org.inkwell.cms.relatedposts.internal.Reasons;
import org.inkwell.cms.relatedposts.internal.RelatedPostsPlugin;

/**
 * An article's Recommended Posts: the stored list as cards for everyone, with scores and reasons
 * for editors; and the editors' pins and exclusions for that article.
 */
@Path("articles/{id: [0-9]{1,18}}/related")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "related")
public class RelatedPostsResource {

  @Inject RelatedPostsPlugin plugin;

  @Context SecurityContext security;

  @GET
  @Operation(operationId = "listRelatedPosts", summary = "Recommended Posts of a published article; scores to editors")
  @APIResponse(
      responseCode = "200",
      description = "The cards, best first; ETag",
      content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RelatedSchemas.RelatedPost.class)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  public Response related(
      @PathParam("id") long id, @QueryParam("limit") String limit, @Context Request request, @Context UriInfo uri) {
    int count = limit(limit);
    List<Pick> picks = plugin.listOf(id).orElseThrow(() -> new ContentNotFoundException("article", id));
    boolean editor = CallerCheck.hasAny(security, CallerRoles.EDITOR, CallerRoles.ADMIN);
    Map<Long, Pick> byId = picks.stream().collect(Collectors.toMap(Pick::articleId, Function.identity(), (a, b) -> a));
    // Stored picks are all public now (the plugin drops any that stopped being), so the first
    // `count` of them are the block: fetch only their cards.
    List<ArticleCard> cards = plugin.cards(picks.stream().limit(count).map(Pick::articleId).toList());
    JsonArrayBuilder items = Json.array();
    cards.forEach(card -> items.add(item(card, editor ? byId.get(card.id()) : null, uri)));
    String json = items.build().toString();
    EntityTag etag = new EntityTag(digest(json));
    CacheControl cache = CacheControl.valueOf(editor ? "private, no-store" : "no-cache");
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }
    return Response.ok(json).tag(etag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
  }

  @GET
  @Path("curation")
  @Operation(operationId = "getRelatedCuration", summary = "The article's pinned and excluded posts")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "Curation")))
  public JsonObject curation(@PathParam("id") long id) {
    CallerCheck.require(security, "see an article's pinned and excluded posts", CallerRoles.EDITOR, CallerRoles.ADMIN);
    requirePublished(id);
    return curationJson(plugin.curation(id));
  }

  /** Replaces the article's pins (shown first, in this order) and exclusions (never shown). */
  @PUT
  @Path("curation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceRelatedCuration", summary = "Replaces the article's pins and exclusions")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "Curation")))
  public JsonObject curate(@PathParam("id") long id, @RequestBody(required = true, content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "Curation"))) String body) {
    CallerCheck.require(security, "pin or exclude recommended posts", CallerRoles.EDITOR, CallerRoles.ADMIN);
    requirePublished(id);
    JsonFields json = JsonFields.parse(body).rejectUnknown(Set.of(CurationRules.PINNED, CurationRules.EXCLUDED), Set.of());
    Curation proposed = new Curation(ids(json, CurationRules.PINNED), ids(json, CurationRules.EXCLUDED));
    for (CurationRules.Problem p : CurationRules.check(id, plugin.curation(id), proposed, plugin::isPublished)) {
      json.reject(p.list(), message(p));
    }
    json.throwIfInvalid();
    plugin.curate(id, proposed.pinned(), proposed.excluded());
    return curationJson(plugin.curation(id));
  }

  private static List<Long> ids(JsonFields json, String name) {
    List<Long> ids = json.ids(name);
    return ids == null ? List.of() : ids;
  }

  private static String message(CurationRules.Problem p) {
    return switch (p.rule()) {
      case TOO_MANY -> "at most " + CurationRules.MAX_POSTS + " articles";
      case REPEATED -> "lists an article twice";
      case SELF -> "an article cannot recommend itself";
      case NOT_PUBLISHED -> "article " + p.articleId() + " is not a published article";
      case PINNED_AND_EXCLUDED -> "article " + p.articleId() + " cannot be both pinned and excluded";
    };
  }

  private void requirePublished(long id) {
    if (!plugin.isPublished(id)) {
      throw new ContentNotFoundException("article", id);
    }
  }

  private JsonObject item(ArticleCard card, Pick pick, UriInfo uri) {
    JsonObjectBuilder b = Json.object().add("id", card.id());
    Json.put(b, "title", card.title());
    Json.put(b, "url", uri.getBaseUriBuilder().replacePath(card.path()).build().toString());
    b.add("category", Json.object().add("name", card.categoryName()).add("slug", card.categorySlug()));
    Json.put(b, "excerpt", card.excerpt());
    Json.put(b, "author", card.authorName());
    if (card.imageUrl() == null) {
      b.addNull("image");
    } else {
      JsonObjectBuilder image = Json.object();
      Json.put(image, "url", card.imageUrl());
      Json.put(image, "alt", card.imageAlt());
      b.add("image", image);
    }
    Json.put(b, "publishedAt", card.publishedAt());
    if (pick != null) {
      b.add("kind", pick.kind().name().toLowerCase(java.util.Locale.ROOT));
      b.add("score", Math.round(pick.score() * 1000) / 1000.0);
      b.add("reasons", Json.array(Reasons.of(pick, plugin::categoryName).stream().map(Json.PROVIDER::createValue).toList()));
    }
    return b.build();
  }

  private JsonObject curationJson(Curation c) {
    return Json.object()
        .add("pinned", Json.array(c.pinned().stream().map(Json.PROVIDER::createValue).toList()))
        .add("excluded", Json.array(c.excluded().stream().map(Json.PROVIDER::createValue).toList()))
        .build();
  }

  private int limit(String value) {
    if (value == null || value.isBlank()) {
      return plugin.settings().count();
    }
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit >= 1 && limit <= RelatedPostsPlugin.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("limit", "must be a whole number from 1 to " + RelatedPostsPlugin.MAX_LIMIT);
  }

  private static String digest(String json) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
