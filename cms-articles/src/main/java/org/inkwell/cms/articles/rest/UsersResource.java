package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** {@code /api/users}: administrators manage users; everyone may read and edit themselves. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "users")
public class UsersResource {

  private static final String ID = "{id: [0-9]{1,18}}";
  private static final Set<String> ACCEPTED = Set.of("login", "name", "bio", "role", "active", "password");
  private static final Set<String> READ_ONLY = Set.of("id", "createdAt");

  @Inject UserService users;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listUsers", summary = "Every user; administrators only")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "All of them; X-Total-Count", content = @Content(mediaType = Schemas.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Schemas.User.class)))
  public Response list() {
    var all = users.list(callers.current());
    return Response.ok(Json.array(all.stream().map(UsersResource::write).toList()).toString())
        .header("X-Total-Count", all.size())
        .build();
  }

  @GET
  @Path("me")
  @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "User")))
  public String me() {
    var caller = callers.current();
    if (caller.isAnonymous()) {
      throw new NotAuthenticatedException();
    }
    return write(users.find(caller.userId(), caller)).toString();
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getUser", summary = "One user; administrators, or the user")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "User")))
  public String get(@PathParam("id") long id) {
    return write(users.find(id, callers.current())).toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createUser", summary = "Creates a user; administrators only")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "201", description = "Created; Location", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "User")))
  public Response create(@RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "UserInput"))) String body) {
    UserDetails created = users.create(read(body), callers.current());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(write(created).toString())
        .build();
  }

  @PATCH
  @Path(ID)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateUser", summary = "Changes the fields sent")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "User")))
  public String update(@PathParam("id") long id, @RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "UserInput")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "UserInput"))}) String body) {
    return write(users.update(id, read(body), callers.current())).toString();
  }

  private static UserInput read(String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(ACCEPTED, READ_ONLY);
    String role = json.string("role");
    UserInput input =
        new UserInput(
            json.string("login"),
            json.string("name"),
            json.string("bio"),
            null,
            json.bool("active"),
            json.string("password"));
    json.throwIfInvalid();
    return role == null
        ? input
        : new UserInput(input.login(), input.name(), input.bio(), role(role), input.active(), input.password());
  }

  private static Role role(String value) {
    return Arrays.stream(Role.values())
        .filter(r -> r.wireName().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "role",
                    "must be one of "
                        + Arrays.stream(Role.values()).map(Role::wireName).collect(Collectors.joining(", "))));
  }

  private static JsonObject write(UserDetails u) {
    JsonObjectBuilder b = Json.object();
    b.add("id", u.id());
    Json.put(b, "login", u.login());
    Json.put(b, "name", u.name());
    Json.put(b, "bio", u.bio());
    Json.put(b, "role", u.role().wireName());
    b.add("active", u.active());
    Json.put(b, "createdAt", u.createdAt());
    return b.build();
  }
}
