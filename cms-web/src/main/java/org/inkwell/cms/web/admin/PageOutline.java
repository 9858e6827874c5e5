package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageLink;

/**
 * Pages as the admin lists them, from pages in tree order: each indented by its depth among the
 * pages shown, and able to move up or down when a sibling is shown before or after it.
 */
final class PageOutline {

  /** A page in the outline; {@code depth} 0 for a page shown without any page above it. */
  public record Row(PageDetails page, int depth, boolean canMoveUp, boolean canMoveDown) implements Serializable {

    /** The title as a select box shows it: indented by non-breaking spaces. */
    public String indentedTitle() {
      return "\u00A0\u00A0".repeat(depth) + page.title();
    }
  }

  private PageOutline() {}

  static List<Row> rows(List<PageDetails> inTreeOrder) {
    Set<Long> shown = inTreeOrder.stream().map(PageDetails::id).collect(Collectors.toSet());
    Map<Long, List<Long>> siblings = new HashMap<>();
    inTreeOrder.forEach(p -> siblings.computeIfAbsent(parentOf(p), k -> new ArrayList<>()).add(p.id()));
    List<Row> rows = new ArrayList<>(inTreeOrder.size());
    for (PageDetails page : inTreeOrder) {
      int depth = (int) page.ancestors().stream().map(PageLink::id).filter(shown::contains).count();
      List<Long> group = siblings.get(parentOf(page));
      int place = group.indexOf(page.id());
      rows.add(new Row(page, depth, place > 0, place < group.size() - 1));
    }
    return rows;
  }

  /**
   * How many places a drag moves a page among its siblings when it is dropped just before or after
   * another of them (negative: towards the first); 0 when the target is not a sibling shown.
   */
  static int placesToDrop(List<Row> rows, long pageId, long targetId, boolean after) {
    Row page = rows.stream().filter(r -> r.page().id() == pageId).findFirst().orElse(null);
    if (page == null || pageId == targetId) {
      return 0;
    }
    List<Long> siblings = rows.stream().map(Row::page)
        .filter(p -> parentOf(p).equals(parentOf(page.page()))).map(PageDetails::id).toList();
    int from = siblings.indexOf(pageId);
    int target = siblings.indexOf(targetId);
    if (target < 0) {
      return 0;
    }
    int to = target + (after ? 1 : 0);
    return to > from ? to - 1 - from : to - from;
  }

  /**
   * The pages that may become the parent of this one: all but the page itself and those below it,
   * which would cut its branch off the tree.
   *
   * @param pageId {@code null} for a page not saved yet
   */
  static List<Row> parentsFor(List<PageDetails> inTreeOrder, Long pageId) {
    return rows(inTreeOrder.stream()
        .filter(p -> pageId == null || p.id() != pageId && p.ancestors().stream().noneMatch(a -> a.id() == pageId))
        .toList());
  }

  private static Long parentOf(PageDetails page) {
    return Objects.requireNonNullElse(page.parent(), 0L);
  }
}
