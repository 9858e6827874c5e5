package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleInput;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuService;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.UserInput;

/**
 * The demo site ("Fitness Hubz") from {@code demo/content.json}, {@code demo/articles/*.html} and
 * {@code demo/pages/*.html}, written through the same services as any client's content.
 */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final String ROOT = "demo/";

  @Inject ArticleRepository articles;
  @Inject TaxonomyRepository taxonomy;
  @Inject SettingRepository settings;
  @Inject DefaultUserService users;
  @Inject UserRepository userRepository;
  @Inject DefaultArticleService articleService;
  @Inject DefaultMediaService media;
  @Inject DefaultPageService pageService;
  @Inject MenuService menus;

  @Transactional
  public boolean isNeeded() {
    return articles.isEmpty();
  }

  @Transactional
  public void load() {
    JsonObject content = readJson(ROOT + "content.json");
    JsonObject site = content.getJsonObject("site");
    settings.save(SiteSettingsStore.NAME, site.getString("name"));
    settings.save(SiteSettingsStore.TAGLINE, site.getString("tagline"));
    Map<String, Actor> authors = new HashMap<>();
    for (JsonObject u : content.getJsonArray("users").getValuesAs(JsonObject.class)) {
      User user =
          users.createUser(
              new UserInput(
                  u.getString("login"),
                  u.getString("name"),
                  u.getString("bio", null),
                  Role.valueOf(u.getString("role")),
                  true,
                  InitialContent.generatePassword()));
      authors.put(user.getLogin(), new Actor(user.getId(), user.getLogin(), user.getRole()));
    }
    for (JsonObject c : content.getJsonArray("categories").getValuesAs(JsonObject.class)) {
      Category category = new Category(c.getString("slug"), c.getString("name"));
      category.setDescription(c.getString("description", null));
      if (!c.isNull("parent")) {
        category.setParent(taxonomy.findCategoryBySlug(c.getString("parent")).orElseThrow());
      }
      taxonomy.save(category);
    }
    taxonomy.flush();
    User admin = userRepository.all().stream().filter(u -> u.getRole() == Role.ADMIN).findFirst().orElseThrow();
    Actor editor = new Actor(admin.getId(), admin.getLogin(), admin.getRole());
    // Social networks take no SVG (the demo articles' images): the site's own image is a PNG.
    MediaDetails socialImage = upload(site.getString("socialImage"), editor);
    media.describe(socialImage.id(), site.getString("socialImageAlt"), null, editor);
    settings.save(SiteSettingsStore.SOCIAL_IMAGE, Long.toString(socialImage.id()));
    settings.save(SiteSettingsStore.ICON, Long.toString(upload(site.getString("icon"), editor).id()));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    List<JsonObject> items = content.getJsonArray("articles").getValuesAs(JsonObject.class);
    for (JsonObject a : items) {
      publish(a, authors.get(a.getString("author")), editor, now);
    }
    List<JsonObject> pages = content.getJsonArray("pages").getValuesAs(JsonObject.class);
    Map<String, Long> pageIds = new HashMap<>();
    for (JsonObject p : pages) {
      // Parents come first in the file, as in a WordPress export.
      Long parent = p.containsKey("parent") ? pageIds.get(p.getString("parent")) : null;
      pageIds.put(p.getString("slug"), pageService.create(pageInput(p, parent), editor).id());
    }
    JsonObject demoMenus = content.getJsonObject("menus");
    for (MenuLocation location : MenuLocation.values()) {
      menus.replace(location, menuItems(demoMenus.getJsonArray(location.id()), pageIds), editor);
    }
    LOG.info("Loaded the demo site: " + items.size() + " articles, " + pages.size() + " pages.");
  }

  /** Items naming their target by slug, as the file can: the API names it by id. */
  private List<MenuItem> menuItems(JsonArray items, Map<String, Long> pageIds) {
    List<MenuItem> result = new ArrayList<>();
    for (JsonObject item : items.getValuesAs(JsonObject.class)) {
      MenuTarget target = item.containsKey("page")
          ? MenuTarget.of(MenuTarget.Kind.PAGE, pageIds.get(item.getString("page")))
          : MenuTarget.of(MenuTarget.Kind.CATEGORY, taxonomy.findCategoryBySlug(item.getString("category")).orElseThrow().getId());
      List<MenuItem> children = item.containsKey("children") ? menuItems(item.getJsonArray("children"), pageIds) : List.of();
      result.add(new MenuItem(item.getString("label"), target, children));
    }
    return result;
  }

  private static PageInput pageInput(JsonObject p, Long parent) {
    return new PageInput(
        p.getString("title"),
        p.getString("slug"),
        readText(ROOT + "pages/" + p.getString("slug") + ".html"),
        ArticleStatus.PUBLISHED,
        parent,
        p.getInt("menuOrder"),
        null,
        null,
        seo(p));
  }

  private void publish(JsonObject a, Actor author, Actor editor, Instant now) {
    Instant publishAt = now.minus(a.getInt("daysAgo"), ChronoUnit.DAYS);
    boolean canPublish = author.role() != Role.CONTRIBUTOR;
    ArticleDetails created = canPublish
        ? articleService.create(input(a, ArticleStatus.PUBLISHED, publishAt), author)
        : articleService.create(input(a, ArticleStatus.PENDING, null), author);
    if (!canPublish) {
      // As on a real site: the contributor submits, an editor publishes (and dates it).
      articleService.update(
          created.id(),
          new ArticleInput(null, null, null, null, ArticleStatus.PUBLISHED, publishAt, null, null, null, null, null, null, null),
          created.version(),
          true,
          editor);
    }
  }

  private ArticleInput input(JsonObject a, ArticleStatus status, Instant publishAt) {
    return new ArticleInput(
        a.getString("title"),
        a.getString("slug"),
        readText(ROOT + "articles/" + a.getString("slug") + ".html"),
        null,
        status,
        publishAt,
        a.getString("category"),
        strings(a.getJsonArray("categories")),
        strings(a.getJsonArray("tags")),
        a.getString("featuredImage", null),
        a.getString("featuredImageAlt", null),
        seo(a), null);
  }

  private static SeoFields seo(JsonObject item) {
    JsonObject seo = item.getJsonObject("seo");
    return seo == null
        ? null
        : new SeoFields(
            seo.getString("metaTitle", null),
            seo.getString("metaDescription", null),
            seo.getString("focusKeyphrase", null),
            null,
            false);
  }

  private MediaDetails upload(String image, Actor uploader) {
    try (InputStream in = open(ROOT + image)) {
      return media.upload(image.substring(image.lastIndexOf('/') + 1), in, uploader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static JsonObject readJson(String resource) {
    try (JsonReader reader = Json.createReader(open(resource))) {
      return reader.readObject();
    }
  }

  private static String readText(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Demo content resource missing: " + resource);
    }
    return in;
  }
}
