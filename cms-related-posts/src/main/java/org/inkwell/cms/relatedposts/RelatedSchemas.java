package org.inkwell.cms.relatedposts;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON of the Recommended Posts endpoints, as OpenAPI schemas; {@code OpenApiIT} checks real
 * answers against them.
 */
final class RelatedSchemas {

  private RelatedSchemas() {}

  static final String JSON = "application/json";
  private static final String INT64 = "int64";

  @Schema(name = "RelatedPost", description = "kind, score and reasons are shown to editors only")
  record RelatedPost(
      @Schema(type = SchemaType.INTEGER, format = INT64) long id,
      String title,
      @Schema(format = "uri") String url,
      RelatedCategory category,
      String excerpt,
      String author,
      @Schema(nullable = true) RelatedImage image,
      @Schema(type = SchemaType.STRING, format = "date-time") String publishedAt,
      @Schema(enumeration = {"pinned", "scored", "latest"}) String kind,
      double score,
      List<String> reasons) {}

  @Schema(name = "RelatedCategory")
  record RelatedCategory(String name, String slug) {}

  @Schema(name = "RelatedImage")
  record RelatedImage(String url, @Schema(nullable = true) String alt) {}

  @Schema(name = "Curation")
  record Curation(
      List<Long> pinned,
      List<Long> excluded) {}

  @Schema(name = "RelatedSettings", description = "Members left out of a PUT keep their value")
  record RelatedSettings(
      @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10") int count,
      @Schema(type = SchemaType.INTEGER, format = "int32") int maxPerCategory,
      List<String> excludedCategories,
      List<String> excludedTags,
      RelatedWeights weights,
      double minScore) {}

  @Schema(name = "RelatedWeights")
  record RelatedWeights(double samePrimaryCategory, double categoryTree, double tags, double text, double recency) {}

  @Schema(name = "RelatedStatus")
  record RelatedStatus(
      boolean started,
      @Schema(type = SchemaType.INTEGER, format = INT64) long publishedArticles,
      @Schema(type = SchemaType.INTEGER, format = INT64, nullable = true) Long liveGeneration,
      @Schema(nullable = true) RelatedRebuild rebuild,
      boolean rebuildRequested,
      @Schema(type = SchemaType.INTEGER, format = INT64) long changesQueued,
      @Schema(type = SchemaType.INTEGER, format = INT64) long changesInProgress,
      @Schema(type = SchemaType.INTEGER, format = INT64) long changesReceived,
      @Schema(type = SchemaType.INTEGER, format = INT64) long changesProcessed,
      @Schema(type = SchemaType.INTEGER, format = INT64) long listsComputed,
      @Schema(type = SchemaType.INTEGER, format = INT64) long listsPatched,
      @Schema(type = SchemaType.INTEGER, format = INT64) long lastChangeMillis,
      @Schema(type = SchemaType.INTEGER, format = INT64) long indexBytes) {}

  @Schema(name = "RelatedRebuild")
  record RelatedRebuild(
      @Schema(type = SchemaType.INTEGER, format = INT64) long generation,
      @Schema(type = SchemaType.INTEGER, format = INT64) long done,
      @Schema(type = SchemaType.INTEGER, format = INT64) long total,
      @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) String startedAt) {}
}
