package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.articles.SiteSettingsService;

/** {@code /api/site}: the site's settings; anyone reads them, administrators change them. */
@Path("site")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "site")
public class SiteResource {

  @Inject SiteSettingsService site;
  @Inject Callers callers;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "getSite", summary = "The site's settings")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Site")))
  public String get() {
    return write(site.settings());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replaceSite", summary = "Sets every setting (a member left out is none, or the default); administrators only")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Site")))
  public String replace(@RequestBody(required = true, content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SiteInput"))) String body) {
    return write(site.update(SiteJson.read(body, SiteJson.NOTHING), callers.current()));
  }

  @PATCH
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateSite", summary = "Changes the settings sent (null: none, or the default); administrators only")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Site")))
  public String update(@RequestBody(required = true, content = {@Content(mediaType = Schemas.JSON, schema = @Schema(ref = "SiteInput")), @Content(mediaType = Schemas.MERGE_PATCH, schema = @Schema(ref = "SiteInput"))}) String body) {
    return write(site.update(SiteJson.read(body, SiteSettingsInput.of(site.settings())), callers.current()));
  }

  private String write(SiteSettings settings) {
    return SiteJson.write(settings, path -> uri.getBaseUriBuilder().replacePath(path).build().toString()).toString();
  }
}
