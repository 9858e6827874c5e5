package org.inkwell.cms.articles;

import java.util.List;

/** Categories and tags. Changes need an editor or administrator. */
public interface TaxonomyService {

  List<CategoryDetails> categories();

  CategoryDetails category(long id);

  CategoryDetails createCategory(CategoryInput input, Actor actor);

  CategoryDetails updateCategory(long id, CategoryInput input, Actor actor);

  /** Deletes a category; its articles move to its parent, or to the default category. */
  void deleteCategory(long id, Actor actor);

  List<TagDetails> tags();

  java.util.Optional<TagDetails> tag(String slug);

  TagDetails createTag(String name, Actor actor);

  void deleteTag(long id, Actor actor);

  SiteInfo site();
}
