package org.inkwell.cms.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The address of a list screen with its filters and sort in the query, as WordPress's lists keep
 * them: a list is changed by going to its new address, so that reloading or sharing it shows the
 * same list and the browser's Back goes to the previous one.
 */
final class ListAddress {

  private final String view;
  private final Map<String, String> parameters = new LinkedHashMap<>();

  /** @param view the screen's path in the site, {@code /admin/articles.xhtml} */
  ListAddress(String view) {
    this.view = view;
  }

  /** Adds the parameter unless the value is empty: a default stays out of the address. */
  ListAddress with(String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      parameters.put(name, value.toString());
    }
    return this;
  }

  /** The path and query, without the site's context path. */
  String path() {
    return parameters.isEmpty() ? view : view + "?" + parameters.entrySet().stream()
        .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Sends the browser there, from a plain or an Ajax request alike. */
  void go() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
