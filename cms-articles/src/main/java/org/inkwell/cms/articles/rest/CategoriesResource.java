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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.CategoryInput;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** {@code /api/categories}: the category tree; changes by editors. */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "categories")
public class CategoriesResource {

  private static final String ID = "{id: [0-9]{1,18}}";
  private static final Set<String> ACCEPTED = Set.of("name", "slug", "description", "parent");
  private static final Set<String> READ_ONLY = Set.of("id", "version");

  @Inject TaxonomyService taxonomy;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listCategories", summary = "The category tree")
  @APIResponse(responseCode = "200", description = "All of them; X-Total-Count", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.Category.class)))
  public Response list() {
    var categories = taxonomy.categories();
    return Response.ok(Json.array(categories.stream().map(CategoriesResource::write).toList()).toString())
        .header("X-Total-Count", categories.size())
        .build();
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getCategory", summary = "One category")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Category")))
  public String get(@PathParam("id") long id) {
    return write(taxonomy.category(id)).toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createCategory", summary = "Creates a category")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "201", description = "Created; Location", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Category")))
  public Response create(@RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "CategoryInput"))) String body) {
    CategoryDetails created = taxonomy.createCategory(read(body), callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(write(created).toString())
        .build();
  }

  @PUT
  @Path(ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceCategory", summary = "Replaces the category")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Category")))
  public String replace(@PathParam("id") long id, @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "CategoryInput"))) String body) {
    return write(taxonomy.updateCategory(id, read(body), callers.current())).toString();
  }

  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateCategory", summary = "Changes the fields sent")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Category")))
  public String patch(@PathParam("id") long id, @RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "CategoryInput")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "CategoryInput"))}) String body) {
    return replace(id, body);
  }

  /**
   * Deletes the category. Its articles move to the category {@code reassign} names; without it, to
   * its parent (or the default category).
   */
  @DELETE
  @Path(ID)
  @Operation(operationId = "deleteCategory", summary = "Deletes the category; its articles move to reassign or the parent")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id, @QueryParam("reassign") String reassign) {
    if (reassign == null) {
      taxonomy.deleteCategory(id, callers.current());
    } else {
      taxonomy.deleteCategory(id, reassign, callers.current());
    }
    return Response.noContent().build();
  }

  private static CategoryInput read(String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(ACCEPTED, READ_ONLY);
    String parent = json.has("parent") ? json.string("parent") : null;
    boolean parentCleared = !json.has("parent") && body.contains("\"parent\"");
    CategoryInput input =
        new CategoryInput(
            json.string("name"),
            json.string("slug"),
            json.string("description"),
            parentCleared ? "" : parent);
    json.throwIfInvalid();
    return input;
  }

  static JsonObject write(CategoryDetails c) {
    JsonObjectBuilder b = Json.object();
    b.add("id", c.id());
    Json.put(b, "slug", c.slug());
    Json.put(b, "name", c.name());
    Json.put(b, "description", c.description());
    Json.put(b, "parent", c.parent());
    b.add("version", c.version());
    return b.build();
  }
}
