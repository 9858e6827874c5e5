package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The kinds of content the editor works on, by the {@code kind} in its address; articles when none. */
@ApplicationScoped
public class ContentKinds {

  @Inject ArticleEditing articles;
  @Inject PageEditing pages;

  ContentEditing named(String kind) {
    return PageEditing.KIND.equals(kind) ? pages : articles;
  }
}
