/**
 * The site's menus: a header and a footer menu that administrators arrange, whose items point at
 * a page, a category, an article, a tag or an address. {@link
 * org.inkwell.cms.articles.menu.MenuService} keeps them as arranged and gives the public site the
 * links readers may follow now (targets that are not public are left out). Storage and rules are in {@code internal}.
 */
package org.inkwell.cms.articles.menu;
