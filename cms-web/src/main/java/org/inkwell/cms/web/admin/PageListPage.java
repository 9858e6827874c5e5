package org.inkwell.cms.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.PageService;
import org.inkwell.cms.core.CmsException;

/**
 * The pages list: every page in tree order, children indented under their parent, filtered by
 * status; moving a page among its siblings, to the trash and back.
 */
@Named
@ViewScoped
public class PageListPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<ArticleStatus> NOT_TRASHED = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);

  @Inject PageEditing pages;
  @Inject PageService service;
  @Inject SignedInUser me;

  private String status;
  /**
   * What the table shows, kept until an action changes it: a button's row is found again by its
   * place in the table, which must not have moved meanwhile.
   */
  private List<PageOutline.Row> rows;

  public List<PageOutline.Row> getRows() {
    if (rows == null) {
      rows = PageOutline.rows(pages.all(status == null ? NOT_TRASHED : EnumSet.of(ArticleStatus.valueOf(status))));
    }
    return rows;
  }

  /** Pages move among the siblings the list shows: only where it shows every page but the trash. */
  public boolean isOrdering() {
    return status == null;
  }

  /** Shows the pages of the chosen status at their own address, which can be reloaded and shared. */
  public void filter() {
    new ListAddress("/admin/pages.xhtml").with("status", status).go();
  }

  /**
   * A page dragged and dropped among its siblings ({@code reorder.js}): the request names it
   * ({@code key}), the sibling it was dropped on ({@code target}) and which side of it
   * ({@code place}: {@code before} or {@code after}).
   */
  public void drop() {
    Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    long id;
    long target;
    try {
      id = Long.parseLong(request.get("key"));
      target = Long.parseLong(request.get("target"));
    } catch (NumberFormatException e) {
      return; // not a drop of this screen's: nothing moves
    }
    int places = PageOutline.placesToDrop(getRows(), id, target, "after".equals(request.get("place")));
    getRows().stream().map(PageOutline.Row::page).filter(p -> p.id() == id).findFirst()
        .filter(page -> places != 0 && isOrdering())
        .ifPresent(page -> move(page, places));
  }

  public void moveUp(PageDetails page) {
    move(page, -1);
  }

  public void moveDown(PageDetails page) {
    move(page, 1);
  }

  public void trash(PageDetails page) {
    change(page, () -> service.trash(page.id(), null, me.actor()), "pages.trashed");
  }

  /** Back from the trash as a draft; read again so that a change made since the list was shown is not refused. */
  public void restore(PageDetails page) {
    change(page, () -> {
      long version = service.find(page.id(), me.actor()).version();
      service.update(page.id(), new PageInput(null, null, null, ArticleStatus.DRAFT, null, null, null, null, null),
          version, true, me.actor());
    }, "pages.restored");
  }

  private void move(PageDetails page, int places) {
    change(page, () -> service.move(page.id(), places, me.actor()), "pages.moved");
  }

  private void change(PageDetails page, Runnable call, String successKey) {
    rows = null;
    try {
      call.run();
      Notices.success(successKey, page.title());
    } catch (CmsException e) {
      Notices.error("pages.refused", page.title(), e.getMessage());
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || !isListed(status) ? null : status;
  }

  private static boolean isListed(String value) {
    return EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED, ArticleStatus.TRASHED).stream()
        .anyMatch(s -> s.name().equals(value));
  }
}
