package org.inkwell.cms.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;

/**
 * A menu as the admin arranges it before saving: its items in order, each at the top level or
 * under the top-level item before it (menus nest one level). A top-level item moves with the items
 * under it; an item under another moves among its siblings, goes under the previous top-level item
 * or out from under its parent, as WordPress's menu editor does.
 */
final class MenuOutline implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An item as edited: its label, and for a link its address. */
  public static final class Item implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int key;
    private final Kind kind;
    private final Long targetId;
    private final boolean stored;
    private String label;
    private String url;
    private boolean child;

    private Item(int key, String label, MenuTarget target, String url, boolean stored) {
      this.key = key;
      this.kind = target.kind();
      this.targetId = target.id();
      this.label = label;
      this.url = url;
      this.stored = stored;
    }

    /** Stays with the item as it moves: buttons and the focus find it by this. */
    public int getKey() {
      return key;
    }

    public String getKind() {
      return kind.key();
    }

    /** A link to an address typed by the editor, not to content of the site. */
    public boolean isCustom() {
      return kind == Kind.URL;
    }

    public boolean isChild() {
      return child;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    /** A link's address; for content, where it leads readers as last saved ({@code null} if not public). */
    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    /** Saved content that is not public (a draft, say): the site leaves it out until it is. */
    public boolean isHidden() {
      return stored && url == null;
    }

    private MenuTarget target() {
      return kind == Kind.URL ? MenuTarget.address(url) : MenuTarget.of(kind, targetId);
    }
  }

  private final List<Item> items = new ArrayList<>();
  private int nextKey;

  private MenuOutline() {}

  /** The menu as the service keeps it, each item with the address it leads to now. */
  static MenuOutline of(List<MenuItem> menu) {
    MenuOutline outline = new MenuOutline();
    for (MenuItem item : menu) {
      outline.append(item.label(), item.target(), item.url(), true, false);
      item.children().forEach(c -> outline.append(c.label(), c.target(), c.url(), true, true));
    }
    return outline;
  }

  List<Item> items() {
    return items;
  }

  /** Adds an item at the end of the menu, at the top level. */
  void add(String label, MenuTarget target) {
    append(label, target, target.kind() == Kind.URL ? target.url() : null, false, false);
  }

  /** The menu to store: items under their parents. */
  List<MenuItem> menu() {
    List<MenuItem> menu = new ArrayList<>();
    for (int start = 0; start < items.size(); start = end(start)) {
      List<MenuItem> children = items.subList(start + 1, end(start)).stream()
          .map(c -> new MenuItem(c.label, c.target(), List.of()))
          .toList();
      menu.add(new MenuItem(items.get(start).label, items.get(start).target(), children));
    }
    return menu;
  }

  boolean canMoveUp(Item item) {
    int at = items.indexOf(item);
    return item.child ? items.get(at - 1).child : at > 0;
  }

  boolean canMoveDown(Item item) {
    int at = items.indexOf(item);
    return item.child ? at + 1 < items.size() && items.get(at + 1).child : end(at) < items.size();
  }

  /** Only a top-level item without items of its own may go under another: one level of nesting. */
  boolean canNest(Item item) {
    int at = items.indexOf(item);
    return !item.child && at > 0 && end(at) == at + 1;
  }

  boolean canUnnest(Item item) {
    return item.child;
  }

  /** Before the previous sibling; a top-level item with the items under it. */
  void moveUp(int key) {
    Item item = find(key);
    if (!canMoveUp(item)) {
      return;
    }
    int at = items.indexOf(item);
    if (item.child) {
      items.add(at - 1, items.remove(at));
    } else {
      moveBlock(start(at - 1), at, end(at));
    }
  }

  /** After the next sibling; a top-level item with the items under it. */
  void moveDown(int key) {
    Item item = find(key);
    if (!canMoveDown(item)) {
      return;
    }
    int at = items.indexOf(item);
    if (item.child) {
      items.add(at + 1, items.remove(at));
    } else {
      moveBlock(at, end(at), end(end(at)));
    }
  }

  /** Under the top-level item before it, as the last of its items. */
  void nest(int key) {
    Item item = find(key);
    if (canNest(item)) {
      item.child = true;
    }
  }

  /** Out from under its parent, to the top level right after the parent and its other items. */
  void unnest(int key) {
    Item item = find(key);
    if (!canUnnest(item)) {
      return;
    }
    int at = items.indexOf(item);
    int parent = start(at);
    items.remove(at);
    item.child = false;
    items.add(end(parent), item);
  }

  /**
   * Where a drag put the item: just before or after another in the list as shown, at the top level
   * or under the top-level item before it; the items that follow it under a top-level item are then
   * its own, as the indentation shows them. A top-level item moves with the items under it and
   * stays at the top level, since menus nest one level; the first item is never under another.
   * Dropped on itself or an item under it, or naming an item the menu no longer has, nothing moves.
   */
  void drop(int key, int targetKey, boolean after, boolean asChild) {
    if (!has(key) || !has(targetKey)) {
      return;
    }
    Item item = find(key);
    Item target = find(targetKey);
    int from = items.indexOf(item);
    int to = item.child ? from + 1 : end(from);
    List<Item> block = new ArrayList<>(items.subList(from, to));
    if (block.contains(target)) {
      return;
    }
    items.subList(from, to).clear();
    int at = items.indexOf(target) + (after ? 1 : 0);
    items.addAll(at, block);
    item.child = asChild && block.size() == 1 && at > 0;
  }

  /** Removes the item; the items under it stay in its place, at the top level, as in WordPress. */
  void remove(int key) {
    Item item = find(key);
    int at = items.indexOf(item);
    if (!item.child) {
      items.subList(at + 1, end(at)).forEach(c -> c.child = false);
    }
    items.remove(at);
  }

  /**
   * Where each of the service's field names ({@code items[1].children[0].url}) is shown: at the
   * item's address when the item has an address input, else at its label.
   *
   * @param clientId the client id of an input ({@code "label"} or {@code "url"}) of the item shown at an index
   */
  Map<String, String> inputs(BiFunction<Integer, String, String> clientId) {
    Map<String, String> inputs = new HashMap<>();
    int top = -1;
    int under = 0;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String field;
      if (item.child) {
        field = "items[" + top + "].children[" + under++ + "]";
      } else {
        field = "items[" + ++top + "]";
        under = 0;
      }
      String label = clientId.apply(i, "label");
      inputs.put(field, label);
      inputs.put(field + ".label", label);
      inputs.put(field + ".children", label);
      inputs.put(field + ".url", item.isCustom() ? clientId.apply(i, "url") : label);
      for (Kind kind : Kind.values()) {
        inputs.putIfAbsent(field + "." + kind.key(), label);
      }
    }
    return inputs;
  }

  private void append(String label, MenuTarget target, String url, boolean stored, boolean child) {
    Item item = new Item(nextKey++, label, target, url, stored);
    item.child = child && !items.isEmpty();
    items.add(item);
  }

  private boolean has(int key) {
    return items.stream().anyMatch(i -> i.key == key);
  }

  private Item find(int key) {
    return items.stream().filter(i -> i.key == key).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no menu item " + key));
  }

  /** Moves items [from, to) after items [to, end). */
  private void moveBlock(int from, int to, int end) {
    List<Item> moved = new ArrayList<>(items.subList(from, to));
    items.subList(from, to).clear();
    items.addAll(from + end - to, moved);
  }

  /** The index of the top-level item that the item at this index is, or is under. */
  private int start(int at) {
    int start = at;
    while (items.get(start).child) {
      start--;
    }
    return start;
  }

  /** The index after the top-level item at this index and the items under it. */
  private int end(int start) {
    int end = start + 1;
    while (end < items.size() && items.get(end).child) {
      end++;
    }
    return end;
  }
}
