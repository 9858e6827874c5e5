package org.inkwell.cms.relatedposts.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.relatedposts.RelatedSettings;
import org.inkwell.cms.relatedposts.RelatedSettings.Weights;

/** The settings screen's inputs; the view validates each against the limits of {@link RelatedSettings}. */
public class SettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer count;
  private Integer maxPerCategory;
  private Double samePrimaryCategory;
  private Double categoryTree;
  private Double tags;
  private Double text;
  private Double recency;
  private Double minScore;
  private List<String> excludedCategories = new ArrayList<>();
  private List<String> excludedTags = new ArrayList<>();

  static SettingsForm of(RelatedSettings s) {
    SettingsForm f = new SettingsForm();
    f.count = s.count();
    f.maxPerCategory = s.maxPerCategory();
    f.samePrimaryCategory = s.weights().samePrimaryCategory();
    f.categoryTree = s.weights().categoryTree();
    f.tags = s.weights().tags();
    f.text = s.weights().text();
    f.recency = s.weights().recency();
    f.minScore = s.minScore();
    f.excludedCategories = new ArrayList<>(s.excludedCategories().stream().sorted().toList());
    f.excludedTags = new ArrayList<>(s.excludedTags().stream().sorted().toList());
    return f;
  }

  /** The settings entered; every input is required, so none is missing once the view has validated them. */
  RelatedSettings toSettings() {
    return new RelatedSettings(
        count,
        maxPerCategory,
        Set.copyOf(excludedCategories),
        Set.copyOf(excludedTags),
        new Weights(samePrimaryCategory, categoryTree, tags, text, recency),
        minScore);
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public Integer getMaxPerCategory() {
    return maxPerCategory;
  }

  public void setMaxPerCategory(Integer maxPerCategory) {
    this.maxPerCategory = maxPerCategory;
  }

  public Double getSamePrimaryCategory() {
    return samePrimaryCategory;
  }

  public void setSamePrimaryCategory(Double samePrimaryCategory) {
    this.samePrimaryCategory = samePrimaryCategory;
  }

  public Double getCategoryTree() {
    return categoryTree;
  }

  public void setCategoryTree(Double categoryTree) {
    this.categoryTree = categoryTree;
  }

  public Double getTags() {
    return tags;
  }

  public void setTags(Double tags) {
    this.tags = tags;
  }

  public Double getText() {
    return text;
  }

  public void setText(Double text) {
    this.text = text;
  }

  public Double getRecency() {
    return recency;
  }

  public void setRecency(Double recency) {
    this.recency = recency;
  }

  public Double getMinScore() {
    return minScore;
  }

  public void setMinScore(Double minScore) {
    this.minScore = minScore;
  }

  public List<String> getExcludedCategories() {
    return excludedCategories;
  }

  public void setExcludedCategories(List<String> excludedCategories) {
    this.excludedCategories = excludedCategories == null ? new ArrayList<>() : new ArrayList<>(excludedCategories);
  }

  public List<String> getExcludedTags() {
    return excludedTags;
  }

  public void setExcludedTags(List<String> excludedTags) {
    this.excludedTags = excludedTags == null ? new ArrayList<>() : new ArrayList<>(excludedTags);
  }
}
