package org.inkwell.cms.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The articles list: filters, search, sorting, pages and actions on the selected rows. */
@Named
@ViewScoped
public class ArticleListPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<ArticleStatus> NOT_TRASHED =
      EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PENDING, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED);

  @Inject ArticleService articles;
  @Inject SignedInUser me;
  @Inject BulkActions bulk;

  private String status;
  private String category;
  private String tag;
  private String author;
  private String text;
  private List<ArticleDetails> selected = new ArrayList<>();
  private final Rows rows = new Rows();

  /** Shows the first page of what the new filters find. */
  public void filter() {
    DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("list:table");
    table.setFirst(0);
  }

  public void bulkPublish() {
    bulk.apply(selected, BulkActions.Action.PUBLISH);
    selected = new ArrayList<>();
  }

  public void bulkUnpublish() {
    bulk.apply(selected, BulkActions.Action.UNPUBLISH);
    selected = new ArrayList<>();
  }

  public void bulkTrash() {
    bulk.apply(selected, BulkActions.Action.TRASH);
    selected = new ArrayList<>();
  }

  public void bulkRestore() {
    bulk.apply(selected, BulkActions.Action.RESTORE);
    selected = new ArrayList<>();
  }

  public LazyDataModel<ArticleDetails> getRows() {
    return rows;
  }

  ArticleQuery query() {
    Set<ArticleStatus> statuses = status == null ? NOT_TRASHED : EnumSet.of(ArticleStatus.valueOf(status));
    return new ArticleQuery(statuses, category == null ? null : Set.of(category), tag, author, null, text);
  }

  /** Rows fetched page by page, in the order of the column the editor sorted by. */
  private final class Rows extends LazyDataModel<ArticleDetails> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return 0; // load() sets the row count from the same query
    }

    @Override
    public List<ArticleDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int perPage = Math.min(pageSize, PageRequest.MAX_PER_PAGE);
      ResultPage<ArticleDetails> page =
          articles.list(query(), sort(sortBy), new PageRequest(first / perPage + 1, perPage), me.actor());
      setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
      return page.items();
    }

    @Override
    public String getRowKey(ArticleDetails article) {
      return Long.toString(article.id());
    }

    @Override
    public ArticleDetails getRowData(String key) {
      return getWrappedData() == null ? null
          : ((List<ArticleDetails>) getWrappedData()).stream().filter(a -> getRowKey(a).equals(key)).findFirst().orElse(null);
    }

    private ArticleSort sort(Map<String, SortMeta> sortBy) {
      return sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
          .map(meta -> new ArticleSort(
              ArticleSort.Field.valueOf(meta.getField().toUpperCase(java.util.Locale.ROOT)),
              meta.getOrder() == SortOrder.DESCENDING ? ArticleSort.Direction.DESC : ArticleSort.Direction.ASC))
          .orElse(ArticleSort.RECENTLY_UPDATED);
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() || !isStatus(status) ? null : status;
  }

  private static boolean isStatus(String value) {
    try {
      ArticleStatus.valueOf(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<ArticleDetails> getSelected() {
    return selected;
  }

  public void setSelected(List<ArticleDetails> selected) {
    this.selected = selected == null ? new ArrayList<>() : selected;
  }
}
