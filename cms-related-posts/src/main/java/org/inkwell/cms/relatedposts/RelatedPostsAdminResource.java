package org.inkwell.cms.relatedposts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.core.CallerRoles;
import org.inkwell.cms.core.NotReadyException;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.relatedposts.internal.RelatedPostsPlugin;
import org.inkwell.cms.relatedposts.internal.RelatedStatus;
import org.inkwell.cms.relatedposts.internal.SettingsJson;

/**
 * Site-wide settings of Recommended Posts, and the state of their lists: changing settings, or
 * asking for a rebuild, recomputes every list in the background while the current ones serve.
 */
@Path("related")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "related")
public class RelatedPostsAdminResource {

  @Inject RelatedPostsPlugin plugin;

  @Context SecurityContext security;

  @Context UriInfo uri;

  @GET
  @Path("settings")
  @Operation(operationId = "getRelatedSettings", summary = "Site-wide settings of Recommended Posts")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "RelatedSettings")))
  public JsonObject settings() {
    CallerCheck.require(security, "see recommended-posts settings", CallerRoles.EDITOR, CallerRoles.ADMIN);
    return SettingsJson.write(plugin.settings());
  }

  /** Changes settings (members left out keep their value) and rebuilds every list with them. */
  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "changeRelatedSettings", summary = "Changes settings and rebuilds every list in the background")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "202", description = "Accepted; Location of the status", content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "RelatedSettings")))
  public Response changeSettings(@RequestBody(required = true, content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "RelatedSettings"))) String body) {
    CallerCheck.require(security, "change recommended-posts settings", CallerRoles.ADMIN);
    RelatedSettings settings = SettingsJson.read(body, plugin.settings());
    plugin.rebuild(settings);
    return accepted(SettingsJson.write(settings));
  }

  @GET
  @Path("status")
  @Operation(operationId = "getRelatedStatus", summary = "The state of the lists")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "RelatedStatus")))
  public JsonObject status() {
    CallerCheck.require(security, "see the state of recommended posts", CallerRoles.EDITOR, CallerRoles.ADMIN);
    return statusJson(current());
  }

  /** Recomputes every list with the current settings, in the background. */
  @POST
  @Path("rebuild")
  @Operation(operationId = "rebuildRelatedPosts", summary = "Recomputes every list in the background")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "202", description = "Accepted; Location of the status", content = @Content(mediaType = RelatedSchemas.JSON, schema = @Schema(ref = "RelatedStatus")))
  public Response rebuild() {
    CallerCheck.require(security, "rebuild recommended posts", CallerRoles.ADMIN);
    plugin.rebuild(plugin.settings());
    return accepted(statusJson(current()));
  }

  private Response accepted(JsonObject body) {
    return Response.accepted(body).location(uri.getBaseUriBuilder().path("related/status").build()).build();
  }

  private RelatedStatus current() {
    return plugin.status().orElseThrow(() -> new NotReadyException("Recommended posts are still starting; try again in a few seconds."));
  }

  private static JsonObject statusJson(RelatedStatus s) {
    JsonObjectBuilder b = Json.object()
        .add("started", s.started())
        .add("publishedArticles", s.publishedArticles());
    if (s.liveGeneration() == null) {
      b.addNull("liveGeneration");
    } else {
      b.add("liveGeneration", s.liveGeneration());
    }
    if (s.rebuild() == null) {
      b.addNull("rebuild");
    } else {
      JsonObjectBuilder r = Json.object()
          .add("generation", s.rebuild().generation())
          .add("done", s.rebuild().done())
          .add("total", s.rebuild().total());
      Json.put(r, "startedAt", s.rebuild().startedAt());
      b.add("rebuild", r);
    }
    return b.add("rebuildRequested", s.rebuildRequested())
        .add("changesQueued", s.changesQueued())
        .add("changesInProgress", s.changesInProgress())
        .add("changesReceived", s.changesReceived())
        .add("changesProcessed", s.changesProcessed())
        .add("listsComputed", s.listsComputed())
        .add("listsPatched", s.listsPatched())
        .add("lastChangeMillis", s.lastChangeMillis())
        .add("indexBytes", s.indexBytes())
        .build();
  }
}
