package org.inkwell.cms.articles.wordpress.export;

import org.inkwell.cms.articles.menu.MenuLocation;

/**
 * The WordPress ids of what an export holds. WordPress numbers posts, pages, attachments and menu
 * items in one sequence, and categories, tags and menus in another; here each kind has a table of
 * its own. Articles and pages (one table) keep their ids; the other kinds are moved into ranges of
 * their own, so that no two things share an id and a second export of the same site gives each
 * the same id again (an import keys what it brought in by these ids).
 */
public final class WxrIds {

  private static final long RANGE = 1_000_000_000L;

  private WxrIds() {}

  /** An article or a page. */
  public static long post(long contentId) {
    return contentId;
  }

  /** An image of the media library, as an attachment. */
  public static long attachment(long mediaId) {
    return RANGE + mediaId;
  }

  /** The featured image of an article or page that is not in the media library, as an attachment of its own. */
  public static long featuredImage(long contentId) {
    return 2 * RANGE + contentId;
  }

  /** A menu item, by its place in its menu (parents before their children, as the menu is stored). */
  public static long menuItem(MenuLocation location, int position) {
    return 3 * RANGE + location.ordinal() * RANGE / 10 + position + 1;
  }

  public static long category(long categoryId) {
    return categoryId;
  }

  public static long tag(long tagId) {
    return RANGE + tagId;
  }

  public static long menu(MenuLocation location) {
    return 2 * RANGE + location.ordinal() + 1;
  }
}
