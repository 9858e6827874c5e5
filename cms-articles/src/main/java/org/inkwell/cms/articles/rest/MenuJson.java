package org.inkwell.cms.articles.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;
import org.inkwell.cms.core.json.Json;
import org.inkwell.cms.core.json.JsonFields;

/** The JSON of {@code /api/menus/{location}}: {@code {"items":[{"label":…,"page":12,"children":[…]}]}}. */
final class MenuJson {

  private static final List<Kind> CONTENT = List.of(Kind.PAGE, Kind.CATEGORY, Kind.ARTICLE, Kind.TAG);
  private static final Set<String> ITEM = Set.of("label", "url", "page", "category", "article", "tag", "children");

  private MenuJson() {}

  static List<MenuItem> read(String body) {
    JsonFields json = JsonFields.parse(body).rejectUnknown(Set.of("items"), Set.of("location"));
    if (!json.has("items")) {
      json.reject("items", "must be an array of menu items (empty to remove the menu)");
    }
    List<MenuItem> items = items(json.objects("items"));
    json.throwIfInvalid();
    return items;
  }

  private static List<MenuItem> items(List<JsonFields> objects) {
    List<MenuItem> items = new ArrayList<>();
    for (JsonFields item : objects) {
      item.rejectUnknown(ITEM, Set.of());
      items.add(new MenuItem(item.string("label"), target(item), items(item.objects("children"))));
    }
    return items;
  }

  /** The content named by id; else the address. With an id, {@code url} is what the client read. */
  private static MenuTarget target(JsonFields item) {
    List<Kind> named = CONTENT.stream().filter(k -> item.has(k.key())).toList();
    if (named.size() > 1) {
      item.reject(named.get(1).key(), "an item has one target: " + named.get(0).key() + " or " + named.get(1).key());
      return null;
    }
    if (named.size() == 1) {
      Long id = item.id(named.get(0).key());
      return id == null ? null : MenuTarget.of(named.get(0), id);
    }
    String url = item.string("url");
    return url == null ? null : MenuTarget.address(url);
  }

  static JsonObject write(MenuLocation location, List<MenuItem> items) {
    return Json.object().add("location", location.id()).add("items", array(items, true)).build();
  }

  /** Items under another have no {@code children}: menus nest one level. */
  private static JsonArrayBuilder array(List<MenuItem> items, boolean topLevel) {
    JsonArrayBuilder array = Json.array();
    for (MenuItem item : items) {
      JsonObjectBuilder b = Json.object();
      Json.put(b, "label", item.label());
      if (item.target().kind() != Kind.URL) {
        b.add(item.target().kind().key(), item.target().id());
      }
      Json.put(b, "url", item.url());
      if (topLevel) {
        b.add("children", array(item.children(), false));
      }
      array.add(b);
    }
    return array;
  }
}
