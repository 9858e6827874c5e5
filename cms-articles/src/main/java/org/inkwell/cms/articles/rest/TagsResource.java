package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** {@code /api/tags}: tags; authors create them implicitly on articles, editors here. */
@Path("tags")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tags")
public class TagsResource {

  private static final String ID = "{id: [0-9]{1,18}}";

  @Inject TaxonomyService taxonomy;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listTags", summary = "Every tag")
  @APIResponse(responseCode = "200", description = "All of them; X-Total-Count", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Tag.class)))
  public Response list() {
    var tags = taxonomy.tags();
    return Response.ok(Json.array(tags.stream().map(TagsResource::write).toList()).toString())
        .header("X-Total-Count", tags.size())
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createTag", summary = "Creates a tag")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "201", description = "Created; Location", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Tag")))
  public Response create(@RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "TagInput"))) String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(Set.of("name"), Set.of("id", "slug"));
    String name = json.string("name");
    json.throwIfInvalid();
    TagDetails created = taxonomy.createTag(name, callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(write(created).toString())
        .build();
  }

  /** Renames the tag: {@code {"name": ..., "slug": ...}}, either may be left out. */
  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "renameTag", summary = "Renames the tag")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Tag")))
  public String rename(@PathParam("id") long id, @RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "TagInput")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "TagInput"))}) String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(Set.of("name", "slug"), Set.of("id"));
    String name = json.string("name");
    String slug = json.string("slug");
    json.throwIfInvalid();
    return write(taxonomy.renameTag(id, name, slug, callers.current())).toString();
  }

  /** Merges this tag into another, {@code {"into": id}}: its articles get that tag, it is deleted. */
  @POST
  @Path(ID + "/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "mergeTag", summary = "Moves the tag's articles to another tag and deletes it")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The tag that stays", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Tag")))
  public String merge(@PathParam("id") long id, @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "TagMerge"))) String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(Set.of("into"), Set.of());
    Integer into = json.integer("into", 1, Integer.MAX_VALUE);
    if (!json.has("into")) {
      json.reject("into", "must be the id of the tag to merge into");
    }
    json.throwIfInvalid();
    return write(taxonomy.mergeTags(List.of(id), into, callers.current())).toString();
  }

  @DELETE
  @Path(ID)
  @Operation(operationId = "deleteTag", summary = "Deletes the tag")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    taxonomy.deleteTag(id, callers.current());
    return Response.noContent().build();
  }

  private static JsonObject write(TagDetails t) {
    JsonObjectBuilder b = Json.object();
    b.add("id", t.id());
    Json.put(b, "slug", t.slug());
    Json.put(b, "name", t.name());
    return b.build();
  }
}
