package org.inkwell.cms.articles.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.core.ResultPage;
import org.inkwell.cms.core.json.Json;

/** Collection responses: a JSON array plus {@code X-Total-Count} and RFC 8288 {@code Link}s. */
final class Pages {

  static final String TOTAL_COUNT = "X-Total-Count";
  static final String LINK = "Link";

  private Pages() {}

  static Response of(ResultPage<? extends JsonValue> page, UriInfo uri) {
    return of(Json.array(page.items()).toString(), page.total(), links(page, uri));
  }

  /** A page rendered earlier: its JSON array, the collection's size and its {@link #links}. */
  static Response of(Object json, long total, String links) {
    return Response.ok(json).header(TOTAL_COUNT, total).header(LINK, links).build();
  }

  /** The first, previous, next and last pages, at the address this page was asked for. */
  static String links(ResultPage<?> page, UriInfo uri) {
    List<String> links = new ArrayList<>();
    long last = Math.max(1, page.totalPages());
    int current = page.request().page();
    links.add(link(uri, 1, "first"));
    if (current > 1) {
      links.add(link(uri, Math.min(current - 1, last), "prev"));
    }
    if (current < last) {
      links.add(link(uri, current + 1, "next"));
    }
    links.add(link(uri, last, "last"));
    return String.join(", ", links);
  }

  private static String link(UriInfo uri, long page, String rel) {
    return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
  }
}
