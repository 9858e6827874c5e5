package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.CategoryInput;
import org.inkwell.cms.articles.TagDetails;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.Slug;
import org.inkwell.cms.core.StoredText;

@ApplicationScoped
@Transactional
public class DefaultTaxonomyService implements TaxonomyService {

  private static final String TAG_NAME_RULE =
      "must have 1 to " + ArticleInputRules.MAX_TAG_NAME + " characters";
  private static final String SLUG_RULE = "must be 1 to 200 lower-case letters, digits and single hyphens";

  @Inject TaxonomyRepository taxonomy;
  @Inject ArticleRepository articles;
  @Inject AfterCommitEvents events;

  @Override
  public List<CategoryDetails> categories() {
    return taxonomy.categories().stream().map(DefaultTaxonomyService::details).toList();
  }

  @Override
  public CategoryDetails category(long id) {
    return details(findCategory(id));
  }

  @Override
  public CategoryDetails createCategory(CategoryInput input, Actor actor) {
    Permissions.requireEditor(actor, "manage categories");
    check(input, true);
    Category category = new Category(null, input.name().strip());
    apply(category, input);
    taxonomy.save(category);
    taxonomy.flush();
    // Menus and archive lists show every category, empty ones included.
    events.fire(new ArticleViewsChanged("category " + category.getSlug() + " created"));
    return details(category);
  }

  @Override
  public CategoryDetails updateCategory(long id, CategoryInput input, Actor actor) {
    Permissions.requireEditor(actor, "manage categories");
    Category category = findCategory(id);
    check(input, false);
    if (input.name() != null) {
      category.setName(input.name().strip());
    }
    apply(category, input);
    taxonomy.flush();
    events.fire(new ArticleViewsChanged("category " + category.getSlug() + " changed"));
    return details(category);
  }

  @Override
  public void deleteCategory(long id, Actor actor) {
    Permissions.requireEditor(actor, "manage categories");
    Category doomed = deletableCategory(id);
    Category heir =
        doomed.getParent() != null
            ? doomed.getParent()
            : taxonomy.findCategoryBySlug(DefaultArticleService.DEFAULT_CATEGORY).orElseThrow();
    taxonomy.deleteCategory(doomed, heir);
    events.fire(new ArticleViewsChanged("category " + doomed.getSlug() + " deleted"));
  }

  @Override
  public void deleteCategory(long id, String reassignToSlug, Actor actor) {
    Permissions.requireEditor(actor, "manage categories");
    Category doomed = deletableCategory(id);
    if (!Slug.isValid(reassignToSlug)) {
      throw new InvalidInputException("reassign", "must be the slug of a category");
    }
    Category heir =
        taxonomy
            .findCategoryBySlug(reassignToSlug)
            .orElseThrow(() -> new InvalidInputException("reassign", "no category " + reassignToSlug));
    if (heir.getId().equals(doomed.getId())) {
      throw new InvalidInputException("reassign", "must be another category than the one deleted");
    }
    List<Article> moved = articles.findInCategory(doomed);
    TaxonomyChange change = new TaxonomyChange(moved);
    moved.forEach(a -> a.replaceCategory(doomed, heir));
    taxonomy.flush();
    taxonomy.deleteCategory(doomed, heir);
    change.updates(now()).forEach(events::fire);
    events.fire(
        new ArticleViewsChanged(
            "category " + doomed.getSlug() + " deleted, its articles moved to " + heir.getSlug()));
  }

  @Override
  public Map<Long, Long> articleCountsByCategory() {
    return taxonomy.articleCountsByCategory();
  }

  @Override
  public List<TagDetails> tags() {
    return taxonomy.tags().stream().map(DefaultTaxonomyService::details).toList();
  }

  @Override
  public Optional<TagDetails> tag(String slug) {
    return taxonomy.findTagsBySlugs(List.of(slug)).stream().findFirst().map(DefaultTaxonomyService::details);
  }

  @Override
  public TagDetails createTag(String name, Actor actor) {
    Permissions.requireEditor(actor, "manage tags");
    List<FieldError> errors = new ArrayList<>();
    if (!isTagName(name)) {
      errors.add(new FieldError("name", TAG_NAME_RULE));
    }
    StoredText.checkLine(errors, "name", name);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Slug slug = Slug.fromTitle(name);
    if (!taxonomy.findTagsBySlugs(List.of(slug.value())).isEmpty()
        || !taxonomy.findTagsByNames(List.of(name)).isEmpty()) {
      throw new ContentConflictException("tag-exists", "A tag " + slug + " already exists.");
    }
    Tag tag = new Tag(slug.value(), name.strip());
    taxonomy.save(tag);
    taxonomy.flush();
    events.fire(new ArticleViewsChanged("tag " + tag.getSlug() + " created"));
    return details(tag);
  }

  @Override
  public TagDetails renameTag(long id, String name, String slug, Actor actor) {
    Permissions.requireEditor(actor, "manage tags");
    Tag tag = findTag(id);
    List<FieldError> errors = new ArrayList<>();
    if (name != null && !isTagName(name)) {
      errors.add(new FieldError("name", TAG_NAME_RULE));
    }
    if (slug != null && !Slug.isValid(slug)) {
      errors.add(new FieldError("slug", SLUG_RULE));
    }
    StoredText.checkLine(errors, "name", name);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    boolean newName = name != null && !name.strip().equals(tag.getName());
    boolean newSlug = slug != null && !slug.equals(tag.getSlug());
    if (newSlug && !taxonomy.findTagsBySlugs(List.of(slug)).isEmpty()) {
      throw new ContentConflictException("slug-taken", "Another tag already uses the slug " + slug + ".");
    }
    // Articles find their tags by name, so two tags must not share one.
    if (newName && taxonomy.findTagsByNames(List.of(name)).stream().anyMatch(t -> t != tag)) {
      throw new ContentConflictException("tag-exists", "Another tag is named " + name.strip() + ".");
    }
    if (!newName && !newSlug) {
      return details(tag);
    }
    // Events name an article's tags by slug, so a new slug changes every tagged article.
    TaxonomyChange change =
        new TaxonomyChange(newSlug ? articles.findTaggedWithAny(List.of(tag)) : List.of());
    String formerSlug = tag.getSlug();
    if (newName) {
      tag.setName(name.strip());
    }
    if (newSlug) {
      tag.setSlug(slug);
    }
    taxonomy.flush();
    change.updates(now()).forEach(events::fire);
    events.fire(new ArticleViewsChanged("tag " + formerSlug + " renamed to " + tag.getSlug()));
    return details(tag);
  }

  @Override
  public TagDetails mergeTags(List<Long> sourceIds, long targetId, Actor actor) {
    Permissions.requireEditor(actor, "manage tags");
    if (sourceIds.isEmpty()) {
      throw new InvalidInputException("sources", "name at least one tag to merge");
    }
    if (sourceIds.contains(targetId)) {
      throw new InvalidInputException("into", "must be another tag than the ones merged");
    }
    Tag target = findTag(targetId);
    List<Tag> sources = sourceIds.stream().distinct().map(this::findTag).toList();
    List<Article> tagged = articles.findTaggedWithAny(sources);
    TaxonomyChange change = new TaxonomyChange(tagged);
    tagged.forEach(a -> a.replaceTags(sources, target));
    taxonomy.flush();
    sources.forEach(taxonomy::deleteTag);
    taxonomy.flush();
    change.updates(now()).forEach(events::fire);
    events.fire(
        new ArticleViewsChanged(
            "tags " + sources.stream().map(Tag::getSlug).collect(Collectors.joining(", "))
                + " merged into " + target.getSlug()));
    return details(target);
  }

  @Override
  public void deleteTag(long id, Actor actor) {
    Permissions.requireEditor(actor, "manage tags");
    taxonomy.deleteTag(findTag(id));
    events.fire(new ArticleViewsChanged("tag " + id + " deleted"));
  }

  @Override
  public Map<Long, Long> articleCountsByTag() {
    return taxonomy.articleCountsByTag();
  }

  private Category findCategory(long id) {
    return taxonomy.findCategory(id).orElseThrow(() -> new ContentNotFoundException("category", id));
  }

  private Category deletableCategory(long id) {
    Category category = findCategory(id);
    if (category.getSlug().equals(DefaultArticleService.DEFAULT_CATEGORY)) {
      throw new ContentConflictException(
          "default-category", "The default category cannot be deleted; rename it instead.");
    }
    return category;
  }

  private Tag findTag(long id) {
    return taxonomy.findTag(id).orElseThrow(() -> new ContentNotFoundException("tag", id));
  }

  private static boolean isTagName(String name) {
    return name != null && !name.isBlank() && name.strip().length() <= ArticleInputRules.MAX_TAG_NAME;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  private void apply(Category category, CategoryInput input) {
    if (input.slug() != null || category.getSlug() == null) {
      String slug = input.slug() != null ? input.slug() : Slug.fromTitle(category.getName()).value();
      taxonomy
          .findCategoryBySlug(slug)
          .filter(other -> other != category)
          .ifPresent(
              other -> {
                throw new ContentConflictException("slug-taken", "A category " + slug + " already exists.");
              });
      category.setSlug(slug);
    }
    if (input.description() != null) {
      category.setDescription(input.description().isBlank() ? null : input.description().strip());
    }
    if (input.parent() != null) {
      if (input.parent().isBlank()) {
        category.setParent(null);
      } else {
        Category parent =
            taxonomy
                .findCategoryBySlug(input.parent())
                .orElseThrow(() -> new InvalidInputException("parent", "no category " + input.parent()));
        if (category.getId() != null && category.isSelfOrAncestorOf(parent)) {
          throw new InvalidInputException("parent", "a category cannot be placed under itself or its children");
        }
        category.setParent(parent);
      }
    }
  }

  private static void check(CategoryInput input, boolean isNew) {
    List<FieldError> errors = new ArrayList<>();
    if (input.name() != null || isNew) {
      if (input.name() == null || input.name().isBlank()) {
        errors.add(new FieldError("name", "must not be blank"));
      } else if (input.name().strip().length() > 200) {
        errors.add(new FieldError("name", "must be at most 200 characters"));
      }
    }
    if (input.slug() != null && !Slug.isValid(input.slug())) {
      errors.add(new FieldError("slug", SLUG_RULE));
    }
    if (input.description() != null && input.description().length() > 2000) {
      errors.add(new FieldError("description", "must be at most 2000 characters"));
    }
    StoredText.checkLine(errors, "name", input.name());
    StoredText.checkText(errors, "description", input.description());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static CategoryDetails details(Category c) {
    return new CategoryDetails(
        c.getId(),
        c.getSlug(),
        c.getName(),
        c.getDescription(),
        c.getParent() == null ? null : c.getParent().getSlug(),
        c.getVersion());
  }

  private static TagDetails details(Tag t) {
    return new TagDetails(t.getId(), t.getSlug(), t.getName());
  }
}
