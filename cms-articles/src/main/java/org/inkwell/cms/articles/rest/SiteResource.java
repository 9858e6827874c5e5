package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inkwell.cms.articles.SiteInfo;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.json.Json;

/** {@code /api/site}: the site's name and tagline, for clients that show them. */
@Path("site")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "site")
public class SiteResource {

  @Inject TaxonomyService taxonomy;

  @GET
  @Operation(operationId = "getSite", summary = "The site's name and tagline")
  @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = Schemas.JSON, schema = @Schema(ref = "Site")))
  public String get() {
    SiteInfo site = taxonomy.site();
    JsonObjectBuilder b = Json.object();
    Json.put(b, "name", site.name());
    Json.put(b, "tagline", site.tagline());
    return b.build().toString();
  }
}
