package org.inkwell.cms.articles.menu;

import java.util.List;
import org.inkwell.cms.articles.Actor;

/**
 * The header and footer menus. Anyone reads them; administrators arrange them, as in WordPress. A
 * change shows from the next request on and fires {@link org.inkwell.cms.core.event.MenuChanged}
 * after commit.
 */
public interface MenuService {

  /** At most this many items in one menu, children included. */
  int MAX_ITEMS = 50;

  /** The items as arranged, each with the address it leads to now; empty when none is set. */
  List<MenuItem> items(MenuLocation location);

  /**
   * Replaces the menu; an empty list removes it.
   *
   * @throws org.inkwell.cms.core.InvalidInputException naming each bad item ({@code
   *     items[0].label}, {@code items[1].children[0].page}...); nothing is stored then
   */
  List<MenuItem> replace(MenuLocation location, List<MenuItem> items, Actor actor);

  /** What readers see: items whose target is public, in order, with their public addresses. */
  List<MenuLink> links(MenuLocation location);
}
