package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.inkwell.cms.core.spi.AdminExtension;

/** The screens and editor panels that plugins present add to the admin. */
@Named
@ApplicationScoped
public class AdminExtensions {

  @Inject @Any Instance<AdminExtension> extensions;

  public List<AdminExtension> screensFor(SignedInUser user) {
    return all().stream()
        .filter(e -> e.screen() != null)
        .filter(e -> e.screenRoles().contains(user.actor().role() == null ? "" : user.actor().role().name()))
        .toList();
  }

  public List<AdminExtension> editorPanels() {
    return all().stream().filter(e -> e.editorPanel() != null).toList();
  }

  private List<AdminExtension> all() {
    return extensions.stream().sorted(Comparator.comparing(AdminExtension::title)).toList();
  }
}
