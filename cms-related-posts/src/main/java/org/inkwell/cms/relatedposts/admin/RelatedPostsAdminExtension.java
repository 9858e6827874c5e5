package org.inkwell.cms.relatedposts.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.inkwell.cms.core.CallerRoles;
import org.inkwell.cms.core.spi.AdminExtension;

/** Recommended Posts in the admin: the settings screen, and the panel in the article editor. */
@ApplicationScoped
public class RelatedPostsAdminExtension implements AdminExtension {

  @Override
  public String title() {
    return AdminTexts.text("title");
  }

  @Override
  public String screen() {
    return "/admin/related-posts.xhtml";
  }

  /** Editors see the settings read-only; only administrators change them. */
  @Override
  public Set<String> screenRoles() {
    return Set.of(CallerRoles.ADMIN, CallerRoles.EDITOR);
  }

  @Override
  public String editorPanel() {
    return "/admin/related-posts-panel.xhtml";
  }
}
