package org.inkwell.cms.articles.wordpress.export;

import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuTarget;

/**
 * One item of a menu, as a {@code nav_menu_item}.
 *
 * @param position its place in the menu, counting children: 0 for the first item, its first child 1
 * @param parentPosition the position of the item it is under, {@code null} at the top level
 */
public record ExportedMenuItem(
    MenuLocation location, int position, Integer parentPosition, String label, MenuTarget target) {}
