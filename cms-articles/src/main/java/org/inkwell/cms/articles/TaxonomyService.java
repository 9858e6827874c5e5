package org.inkwell.cms.articles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories and tags. Changes need an editor or administrator. */
public interface TaxonomyService {

  List<CategoryDetails> categories();

  CategoryDetails category(long id);

  CategoryDetails createCategory(CategoryInput input, Actor actor);

  CategoryDetails updateCategory(long id, CategoryInput input, Actor actor);

  /**
   * Deletes a category; its articles move to its parent, or to the default category. Articles
   * that had it as an extra category only lose it.
   */
  void deleteCategory(long id, Actor actor);

  /**
   * Deletes a category; every article that had it, as primary or as extra category, gets the
   * category {@code reassignToSlug} in its place. Child categories move to the deleted one's
   * parent.
   */
  void deleteCategory(long id, String reassignToSlug, Actor actor);

  /**
   * How many articles, trashed ones aside, each category has as primary or extra category, by
   * category id; categories without articles are left out.
   */
  Map<Long, Long> articleCountsByCategory();

  List<TagDetails> tags();

  Optional<TagDetails> tag(String slug);

  TagDetails createTag(String name, Actor actor);

  /**
   * Renames a tag; {@code null} members keep what the tag has. A new slug changes the tag's
   * address: the old one is not redirected.
   */
  TagDetails renameTag(long id, String name, String slug, Actor actor);

  /** Gives the articles of the source tags the target tag instead, then deletes the sources. */
  TagDetails mergeTags(List<Long> sourceIds, long targetId, Actor actor);

  void deleteTag(long id, Actor actor);

  /**
   * How many articles, trashed ones aside, have each tag, by tag id; tags without articles are
   * left out.
   */
  Map<Long, Long> articleCountsByTag();
}
