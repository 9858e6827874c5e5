package org.inkwell.cms.articles.wordpress.wxr;

import java.util.List;

/**
 * What a WXR file holds, counted before it is imported (see {@link WxrScan}).
 *
 * @param site the site the file comes from (see {@link WxrReader#site()}), or {@code ""}
 * @param version the WXR version the file declares
 * @param menuItems items of type {@code nav_menu_item}
 * @param otherItems items of post types other than posts, pages, attachments and menu items
 * @param otherTerms terms of taxonomies other than categories and tags (menus, formats…)
 * @param comments the comments of all items together
 * @param authors the file's authors in its order: its {@code wp:author} elements, then the logins
 *     items name as their {@code dc:creator} without one (WXR 1.0 has no {@code wp:author})
 * @param unlistedAuthors authors beyond the first {@link WxrScan#MAX_AUTHORS}, counted up to as many
 *     again
 * @param stoppedAt where reading stopped at malformed XML (its reason, line and column), else
 *     {@code null}: the counts are those of what came before, and an import stops there too
 */
public record WxrSummary(
    String site,
    String version,
    int posts,
    int pages,
    int attachments,
    int categories,
    int tags,
    int menuItems,
    int otherItems,
    int otherTerms,
    int comments,
    List<WxrAuthor> authors,
    int unlistedAuthors,
    String stoppedAt) {}
