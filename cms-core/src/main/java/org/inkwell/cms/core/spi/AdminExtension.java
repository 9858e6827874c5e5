package org.inkwell.cms.core.spi;

import java.util.Set;

/**
 * What a plugin adds to the editors' admin: a screen of its own, listed in the admin menu, and a
 * panel in the article editor.
 *
 * <p>How to implement: an {@code @ApplicationScoped} bean in the plugin's JAR, with its Faces views
 * under the JAR's {@code META-INF/resources/admin/}, which the WAR serves as its own. A screen
 * uses the admin layout ({@code template="/WEB-INF/admin/layout.xhtml"}, inserting {@code title}
 * and {@code content}). The editor panel is a Facelets fragment included inside the editor's form
 * with the parameter {@code articleId} (a {@code Long}, {@code null} for an article never saved).
 *
 * @since 0.4
 */
public interface AdminExtension {

  /** The menu entry and the heading of the editor panel. */
  String title();

  /** The view of the plugin's screen, such as {@code /admin/related-posts.xhtml}; null for none. */
  String screen();

  /** The roles ({@link org.inkwell.cms.core.CallerRoles}) that see the screen in the menu. */
  Set<String> screenRoles();

  /** The Facelets fragment shown in the article editor; null for none. */
  String editorPanel();
}
