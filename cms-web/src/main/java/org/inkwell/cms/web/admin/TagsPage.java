package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;

/** Tags with their article counts: rename, merge several into one, delete. */
@Named
@ViewScoped
public class TagsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TaxonomyService taxonomy;
  @Inject SignedInUser me;

  private List<Long> sources = new ArrayList<>();
  private Long renamedId;
  private String name;
  private String slug;
  private Long mergeInto;
  private final PerRequest<List<Row>> rows = new PerRequest<>();

  public List<Row> getRows() {
    return rows.get(() -> {
      Map<Long, Long> counts = taxonomy.articleCountsByTag();
      return taxonomy.tags().stream().map(t -> new Row(t, counts.getOrDefault(t.id(), 0L))).toList();
    });
  }

  public void startRename(TagDetails tag) {
    renamedId = tag.id();
    name = tag.name();
    slug = tag.slug();
  }

  public void rename() {
    rows.forget();
    try {
      TagDetails tag = taxonomy.renameTag(renamedId, name, slug, me.actor());
      Notices.success("tags.renamed", tag.name());
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, Map.of("name", "renameTag:name", "slug", "renameTag:slug"));
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void merge() {
    rows.forget();
    if (mergeInto == null) {
      Notices.errorAt("tags:mergeInto", "tags.merge.targetRequired");
      return;
    }
    List<Long> merged = sources.stream().filter(id -> !id.equals(mergeInto)).toList();
    if (merged.isEmpty()) {
      Notices.error("tags.merge.noneSelected");
      return;
    }
    try {
      TagDetails target = taxonomy.mergeTags(merged, mergeInto, me.actor());
      Notices.success("tags.merged", merged.size(), target.name());
      sources = new ArrayList<>();
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void delete(TagDetails tag) {
    rows.forget();
    try {
      taxonomy.deleteTag(tag.id(), me.actor());
      Notices.success("tags.deleted", tag.name());
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  /** A tag and how many articles have it. */
  public record Row(TagDetails tag, long articles) implements Serializable {}

  public List<Long> getSources() {
    return sources;
  }

  public void setSources(List<Long> sources) {
    this.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getMergeInto() {
    return mergeInto;
  }

  public void setMergeInto(Long mergeInto) {
    this.mergeInto = mergeInto;
  }
}
