package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleService;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The articles list: filters, search, sorting, pages and actions on the selected rows. Newest
 * first unless the editor sorts otherwise; the filters, sort and page are the address's query
 * ({@code ?status=DRAFT&orderby=title&order=asc&paged=2}), so that each change of them is a new
 * address the browser can reload, share and go back from.
 */
@Named
@ViewScoped
public class ArticleListPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String VIEW = "/admin/articles.xhtml";
  private static final Set<ArticleStatus> NOT_TRASHED =
      EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PENDING, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED);
  private static final ArticleSort DEFAULT_SORT = ArticleSort.NEWEST_FIRST;
  private static final int DEFAULT_PER_PAGE = 20;
  private static final Set<Integer> PAGE_SIZES = Set.of(20, 50, 100);

  @Inject ArticleService articles;
  @Inject SignedInUser me;
  @Inject BulkActions bulk;

  private String status;
  private String category;
  private String tag;
  private String author;
  private String text;
  private ArticleSort sort = DEFAULT_SORT;
  private int page = 1;
  private int perPage = DEFAULT_PER_PAGE;
  private List<ArticleDetails> selected = new ArrayList<>();
  private final Rows rows = new Rows();

  /** Shows the first page of what the new filters find, at its own address. */
  public void filter() {
    page = 1;
    address().go();
  }

  /** The editor sorted by a column: its first page, at its own address. */
  public void sorted(SortEvent event) {
    sortOf(event.getSortBy()).ifPresent(chosen -> sort = chosen);
    page = 1;
    address().go();
  }

  /** The editor went to another page of the list, or changed how many rows a page has. */
  public void paged(PageEvent event) {
    Integer size = event.getRowsPerPage();
    if (size != null && PAGE_SIZES.contains(size) && size != perPage) {
      perPage = size;
      page = 1;
    } else {
      page = event.getPage() + 1;
    }
    address().go();
  }

  /** The address of the list as it is shown now. */
  ListAddress address() {
    boolean sortedByDefault = sort.equals(DEFAULT_SORT);
    return new ListAddress(VIEW)
        .with("status", status)
        .with("category", category)
        .with("tag", tag)
        .with("author", author)
        .with("q", text)
        .with("orderby", sortedByDefault ? null : sort.field().parameter())
        .with("order", sortedByDefault ? null : sort.direction().parameter())
        .with("paged", page == 1 ? null : page)
        .with("per_page", perPage == DEFAULT_PER_PAGE ? null : perPage);
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

  /** The row action under the title: this article alone, as the bulk action would. */
  public void trash(ArticleDetails article) {
    bulk.apply(List.of(article), BulkActions.Action.TRASH);
  }

  public void restore(ArticleDetails article) {
    bulk.apply(List.of(article), BulkActions.Action.RESTORE);
  }

  public LazyDataModel<ArticleDetails> getRows() {
    return rows;
  }

  /** The sort the table starts with: its column shows the arrow. */
  public SortMeta getSortBy() {
    return SortMeta.builder()
        .field(sort.field().parameter())
        .order(sort.direction() == ArticleSort.Direction.DESC ? SortOrder.DESCENDING : SortOrder.ASCENDING)
        .build();
  }

  /** The index of the first row shown: the page's. */
  public int getFirst() {
    return (page - 1) * perPage;
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
      int size = Math.min(pageSize, PageRequest.MAX_PER_PAGE);
      ResultPage<ArticleDetails> found =
          articles.list(query(), sort(sortBy), new PageRequest(first / size + 1, size), me.actor());
      setRowCount((int) Math.min(found.total(), Integer.MAX_VALUE));
      return found.items();
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
      return sortOf(sortBy).orElse(sort);
    }
  }

  /** The sort of the table's sorted column, named by its {@code field}. */
  private static Optional<ArticleSort> sortOf(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
        .flatMap(meta -> ArticleSort.Field.ofParameter(meta.getField())
            .map(field -> new ArticleSort(field,
                meta.getOrder() == SortOrder.DESCENDING ? ArticleSort.Direction.DESC : ArticleSort.Direction.ASC)));
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() || !isStatus(status) ? null : status;
  }

  private static boolean isStatus(String value) {
    return Stream.of(ArticleStatus.values()).anyMatch(s -> s.name().equals(value));
  }

  /** The {@code orderby} of the address; a name the list does not know leaves the default. */
  public String getOrderby() {
    return sort.field().parameter();
  }

  public void setOrderby(String orderby) {
    sort = new ArticleSort(ArticleSort.Field.ofParameter(orderby).orElse(DEFAULT_SORT.field()), sort.direction());
  }

  public String getOrder() {
    return sort.direction().parameter();
  }

  public void setOrder(String order) {
    sort = new ArticleSort(sort.field(), ArticleSort.Direction.ofParameter(order).orElse(DEFAULT_SORT.direction()));
  }

  /** The page of the list, from 1. */
  public String getPaged() {
    return Integer.toString(page);
  }

  public void setPaged(String paged) {
    page = positive(paged).orElse(1);
  }

  public String getPerPage() {
    return Integer.toString(perPage);
  }

  public void setPerPage(String value) {
    perPage = positive(value).filter(PAGE_SIZES::contains).orElse(DEFAULT_PER_PAGE);
  }

  public int getRowsPerPage() {
    return perPage;
  }

  private static Optional<Integer> positive(String number) {
    try {
      int value = number == null ? 0 : Integer.parseInt(number.strip());
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = blankAsNull(category);
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = blankAsNull(tag);
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = blankAsNull(author);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = blankAsNull(text);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public List<ArticleDetails> getSelected() {
    return selected;
  }

  public void setSelected(List<ArticleDetails> selected) {
    this.selected = selected == null ? new ArrayList<>() : selected;
  }
}
