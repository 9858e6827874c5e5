package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.CategoryInput;
import org.inkwell.cms.articles.TaxonomyService;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;

/** The category tree: add, rename, move under another parent, delete with the articles moved. */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> NEW_INPUTS =
      Map.of("name", "categories:newName", "slug", "categories:newSlug", "parent", "categories:newParent",
          "description", "categories:newDescription");
  private static final Map<String, String> EDIT_INPUTS =
      Map.of("name", "editCategory:name", "slug", "editCategory:slug", "parent", "editCategory:parent",
          "description", "editCategory:description");

  @Inject TaxonomyService taxonomy;
  @Inject SignedInUser me;

  private CategoryForm created = new CategoryForm();
  private CategoryForm edited = new CategoryForm();
  private Long editedId;
  private Long deletedId;
  private String reassignTo;
  private final PerRequest<List<Row>> rows = new PerRequest<>();

  /** The tree in display order, each row knowing its depth and article count. */
  public List<Row> getRows() {
    return rows.get(this::tree);
  }

  private List<Row> tree() {
    List<CategoryDetails> all = taxonomy.categories();
    Map<Long, Long> counts = taxonomy.articleCountsByCategory();
    Map<String, List<CategoryDetails>> byParent =
        all.stream().collect(Collectors.groupingBy(c -> c.parent() == null ? "" : c.parent()));
    List<Row> tree = new ArrayList<>();
    addChildren("", 0, byParent, counts, tree);
    return tree;
  }

  public void create() {
    rows.forget();
    try {
      CategoryDetails c = taxonomy.createCategory(created.toInput(), me.actor());
      Notices.success("categories.created", c.name());
      created = new CategoryForm();
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, NEW_INPUTS);
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void startEdit(Row row) {
    editedId = row.category().id();
    edited = CategoryForm.of(row.category());
  }

  public void saveEdit() {
    rows.forget();
    try {
      CategoryDetails c = taxonomy.updateCategory(editedId, edited.toInput(), me.actor());
      Notices.success("categories.updated", c.name());
      editedId = null;
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, EDIT_INPUTS);
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void startDelete(Row row) {
    deletedId = row.category().id();
    reassignTo = row.category().parent();
  }

  public void delete() {
    rows.forget();
    try {
      String name = taxonomy.category(deletedId).name();
      if (reassignTo == null || reassignTo.isBlank()) {
        taxonomy.deleteCategory(deletedId, me.actor());
      } else {
        taxonomy.deleteCategory(deletedId, reassignTo, me.actor());
      }
      Notices.success("categories.deleted", name);
      deletedId = null;
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, Map.of("reassignTo", "deleteCategory:reassignTo"));
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  private static void addChildren(
      String parent, int depth, Map<String, List<CategoryDetails>> byParent, Map<Long, Long> counts, List<Row> into) {
    for (CategoryDetails c : byParent.getOrDefault(parent, List.of())) {
      into.add(new Row(c, depth, counts.getOrDefault(c.id(), 0L)));
      addChildren(c.slug(), depth + 1, byParent, counts, into);
    }
  }

  /** A category in the tree. */
  public record Row(CategoryDetails category, int depth, long articles) implements Serializable {}

  public CategoryForm getCreated() {
    return created;
  }

  public CategoryForm getEdited() {
    return edited;
  }

  public Long getDeletedId() {
    return deletedId;
  }

  public String getReassignTo() {
    return reassignTo;
  }

  public void setReassignTo(String reassignTo) {
    this.reassignTo = reassignTo;
  }
}
