package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuService;
import org.inkwell.cms.core.ContentNotFoundException;

/** {@code /api/menus/{location}}: the header and footer menus; anyone reads them, administrators arrange them. */
@Path("menus/{location}")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "menus")
public class MenusResource {

  @Inject MenuService menus;
  @Inject Callers callers;

  @GET
  @Operation(operationId = "getMenu", summary = "The menu's items, each with the address it leads to now (null: not public, left out of the site)")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Menu")))
  public String get(@Parameter(required = true, schema = @Schema(type = SchemaType.STRING, enumeration = {"header", "footer"})) @PathParam("location") String location) {
    MenuLocation at = location(location);
    return MenuJson.write(at, menus.items(at)).toString();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceMenu", summary = "Replaces the menu (no items: none, and the header shows the top categories); administrators only")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Menu")))
  public String replace(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, enumeration = {"header", "footer"})) @PathParam("location") String location,
      @RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "MenuInput"))) String body) {
    MenuLocation at = location(location);
    return MenuJson.write(at, menus.replace(at, MenuJson.read(body), callers.current())).toString();
  }

  private static MenuLocation location(String id) {
    return MenuLocation.of(id).orElseThrow(() -> new ContentNotFoundException("menu", id));
  }
}
