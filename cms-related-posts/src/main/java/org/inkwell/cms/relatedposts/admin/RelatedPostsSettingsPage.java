package org.inkwell.cms.relatedposts.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.spi.ArticleCatalog;
import org.inkwell.cms.core.spi.CategoryNode;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.internal.RelatedPostsPlugin;

/**
 * The Recommended Posts screen: site-wide settings (administrators change them, editors read
 * them) and the state of the stored lists, polled while a rebuild runs.
 */
@Named("relatedPostsSettings")
@ViewScoped
public class RelatedPostsSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RelatedPostsPlugin plugin;
  @Inject ArticleCatalog catalog;
  @Inject CallerPermissions permissions;

  private SettingsForm form;
  private StatusView status;

  @PostConstruct
  void load() {
    form = SettingsForm.of(plugin.settings());
    refreshStatus();
  }

  /** Stores the settings and rebuilds every list with them; the current lists serve meanwhile. */
  public void save() {
    if (!permissions.isAdmin()) {
      AdminTexts.error("settings.notAllowed");
      return;
    }
    try {
      plugin.rebuild(form.toSettings());
      AdminTexts.success("settings.saved");
    } catch (CmsException e) {
      AdminTexts.error("settings.failed", e.getMessage());
    }
    refreshStatus();
  }

  /** Recomputes every list with the current settings. */
  public void rebuild() {
    if (!permissions.isAdmin()) {
      AdminTexts.error("settings.notAllowed");
      return;
    }
    try {
      plugin.rebuild(plugin.settings());
      AdminTexts.success("status.rebuildStarted");
    } catch (CmsException e) {
      AdminTexts.error("settings.failed", e.getMessage());
    }
    refreshStatus();
  }

  public void refreshStatus() {
    status = plugin.status().map(StatusView::of).orElse(null);
  }

  /** Excluded tags must be tag slugs, as the REST API requires. */
  public void validateTags(FacesContext faces, UIComponent input, Object value) {
    if (value instanceof Collection<?> tags) {
      for (Object tag : tags) {
        if (!Slug.isValid(String.valueOf(tag))) {
          throw new ValidatorException(AdminTexts.errorMessage("settings.excludedTags.notSlug", tag));
        }
      }
    }
  }

  /**
   * Every category, named with its parents ("Fitness › Workouts"); an excluded category that no
   * longer exists stays listed by its slug, so saving does not drop it unseen.
   */
  public List<SelectItem> getCategories() {
    List<CategoryNode> nodes = catalog.categories();
    Map<String, CategoryNode> bySlug = new HashMap<>();
    nodes.forEach(n -> bySlug.put(n.slug(), n));
    List<SelectItem> items = new ArrayList<>();
    for (CategoryNode node : nodes) {
      items.add(new SelectItem(node.slug(), path(node, bySlug)));
    }
    form.getExcludedCategories().stream()
        .filter(slug -> !bySlug.containsKey(slug))
        .forEach(slug -> items.add(new SelectItem(slug, slug)));
    return items;
  }

  /** May read this screen: editors and administrators. */
  public boolean isAllowed() {
    return permissions.isEditor();
  }

  /** May change the settings and rebuild. */
  public boolean isAdmin() {
    return permissions.isAdmin();
  }

  public SettingsForm getForm() {
    return form;
  }

  /** {@code null} while the plugin is starting. */
  public StatusView getStatus() {
    return status;
  }

  /** While a rebuild is asked for or under way: the view polls the status meanwhile. */
  public boolean isRebuilding() {
    return status != null && status.isRebuilding();
  }

  /** The message at a whole-number input that is missing or out of range. */
  public String wholeRange(int min, int max) {
    return AdminTexts.text("settings.range.whole", min, max);
  }

  /** The message at a number input that is missing or out of range. */
  public String numberRange(double min, double max) {
    return AdminTexts.text("settings.range.number", min, max);
  }

  public int getMaxCount() {
    return RelatedSettings.MAX_COUNT;
  }

  public double getMaxWeight() {
    return RelatedSettings.MAX_WEIGHT;
  }

  public double getMaxRecency() {
    return RelatedSettings.MAX_RECENCY;
  }

  private static String path(CategoryNode node, Map<String, CategoryNode> bySlug) {
    String name = node.name();
    // Bounded by the number of categories, in case a broken tree loops.
    CategoryNode parent = bySlug.get(node.parentSlug());
    for (int depth = 0; parent != null && depth < bySlug.size(); depth++) {
      name = parent.name() + " › " + name;
      parent = bySlug.get(parent.parentSlug());
    }
    return name;
  }
}
