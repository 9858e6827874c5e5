package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.CategoryDetails;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.menu.MenuItem;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.Term;
import org.junit.jupiter.api.Test;

/** The published schemas name exactly the members the hand-written JSON has. */
class SchemasTest {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  private static List<String> members(Class<? extends Record> schema) {
    return Arrays.stream(schema.getRecordComponents()).map(c -> c.getName()).toList();
  }

  @Test
  void articleSchemasMatchTheArticleJson() {
    Term term = new Term("news", "News");
    ArticleDetails article =
        new ArticleDetails(
            1, "Title", "title", ArticleStatus.PUBLISHED, "<p>x</p>", "x", new Person("eve", "Eve"), term,
            List.of(term), List.of(term), NOW, NOW, NOW, NOW, 0, "/media/a.jpg", "alt",
            new SeoFields("m", "d", "k", "https://example.org/", false), false);

    JsonObject json = ArticleJson.write(article, "http://localhost/title/");

    assertThat(json.keySet()).containsExactlyElementsOf(members(Schemas.Article.class));
    assertThat(json.getJsonObject("author").keySet()).containsExactlyInAnyOrderElementsOf(members(Schemas.Person.class));
    assertThat(json.getJsonObject("category").keySet()).containsExactlyInAnyOrderElementsOf(members(Schemas.Term.class));
    assertThat(json.getJsonObject("featuredImage").keySet()).containsExactlyInAnyOrderElementsOf(members(Schemas.Image.class));
    assertThat(json.getJsonObject("seo").keySet()).containsExactlyElementsOf(members(Schemas.Seo.class));
  }

  @Test
  void mediaAndCategorySchemasMatchTheirJson() {
    MediaDetails image =
        new MediaDetails(
            7, "a.jpg", "image/jpeg", 10, 10, 100, "alt", null, new Person("eve", "Eve"), NOW, "/media/a.jpg",
            List.of(new MediaVariant("thumbnail", 5, 5, "/media/a-5x5.jpg")));

    JsonObject media = MediaJson.write(image, path -> path);

    assertThat(media.keySet()).containsExactlyElementsOf(members(Schemas.Media.class));
    assertThat(media.getJsonArray("variants").getJsonObject(0).keySet())
        .containsExactlyElementsOf(members(Schemas.MediaVariant.class));
    assertThat(MediaJson.ACCEPTED).containsExactlyInAnyOrderElementsOf(members(Schemas.MediaTexts.class));
    assertThat(CategoriesResource.write(new CategoryDetails(1, "news", "News", null, null, 0)).keySet())
        .containsExactlyElementsOf(members(Schemas.Category.class));
  }

  @Test
  void siteSchemasMatchTheSiteJson() {
    MediaDetails icon = new MediaDetails(3, "i.png", "image/png", 512, 512, 100, null, null, new Person("eve", "Eve"), NOW,
        "/media/i.png", List.of());
    JsonObject site = SiteJson.write(
        new SiteSettings("Site", "", null, java.time.ZoneOffset.UTC, 10, icon, icon, false), path -> path);

    assertThat(site.keySet()).containsExactlyElementsOf(members(Schemas.Site.class));
    assertThat(site.getJsonObject("icon").keySet()).containsExactlyElementsOf(members(Schemas.SiteImage.class));
    assertThat(SiteJson.ACCEPTED).containsExactlyInAnyOrderElementsOf(members(Schemas.SiteInput.class));
    assertThat(SiteJson.READ_ONLY).allSatisfy(member -> assertThat(members(Schemas.Site.class)).contains(member));
  }

  @Test
  void menuSchemasMatchTheMenuJson() {
    MenuItem child = new MenuItem("Contact", MenuTarget.address("/contact/"), "/contact/", List.of());
    JsonObject menu = MenuJson.write(MenuLocation.HEADER,
        List.of(new MenuItem("About", MenuTarget.of(MenuTarget.Kind.PAGE, 3), "/about/", List.of(child))));

    assertThat(menu.keySet()).containsExactlyElementsOf(members(Schemas.Menu.class));
    JsonObject item = menu.getJsonArray("items").getJsonObject(0);
    assertThat(members(Schemas.MenuItem.class)).containsAll(item.keySet());
    assertThat(item.keySet()).containsExactly("label", "page", "url", "children");
    assertThat(item.getJsonArray("children").getJsonObject(0).keySet()).containsExactly("label", "url");
    assertThat(members(Schemas.MenuChild.class)).containsAll(item.getJsonArray("children").getJsonObject(0).keySet());
  }

  @Test
  void pageSchemasMatchThePageJson() {
    PageDetails page =
        new PageDetails(
            3, "Our Authors", "our-authors", "about/our-authors", ArticleStatus.PUBLISHED, "<p>x</p>", "x",
            new Person("eve", "Eve"), 2L, 1, List.of(new PageLink(2, "About", "about")), NOW, NOW, NOW, 0,
            "/media/a.jpg", "alt", new SeoFields("m", "d", "k", null, false));

    JsonObject json = PageJson.write(page, "http://localhost/about/our-authors/");

    assertThat(json.keySet()).containsExactlyElementsOf(members(Schemas.Page.class));
    assertThat(json.getJsonArray("ancestors").getJsonObject(0).keySet())
        .containsExactlyElementsOf(members(Schemas.PageLink.class));
    assertThat(json.getJsonObject("seo").keySet()).containsExactlyElementsOf(members(Schemas.Seo.class));
  }

  @Test
  void importSchemasMatchTheImportJson() {
    var counts = new org.inkwell.cms.articles.wordpress.ImportCounts(1, 2, 3, 4, 5, 6);
    JsonObject json = ImportJson.write(new org.inkwell.cms.articles.wordpress.ImportReport(
        9, org.inkwell.cms.articles.wordpress.ImportState.DONE, 3, 3, counts, counts, counts,
        List.of(new org.inkwell.cms.articles.wordpress.ImportProblem("Hello", "sticky")), "https://old.example",
        null, NOW, NOW));

    assertThat(json.keySet()).containsExactlyElementsOf(members(Schemas.Import.class));
    assertThat(json.getJsonObject("progress").keySet()).containsExactlyElementsOf(members(Schemas.ImportProgress.class));
    assertThat(json.getJsonObject("skipped").keySet()).containsExactlyElementsOf(members(Schemas.ImportCounts.class));
    assertThat(json.getJsonArray("problems").getJsonObject(0).keySet()).containsExactlyElementsOf(members(Schemas.ImportProblem.class));
    assertThat(json.getString("state")).isEqualTo("done");
  }
}
