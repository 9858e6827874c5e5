package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageInput;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.Person;
import org.inkwell.cms.articles.SeoFields;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PageJsonTest {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  @Test
  void readsEveryAcceptedMember() {
    PageInput in =
        PageJson.read(
            "{\"title\":\"Our Authors\",\"slug\":\"our-authors\",\"body\":\"<p>Hi</p>\",\"status\":\"published\","
                + "\"parent\":12,\"menuOrder\":-2,\"featuredImage\":{\"url\":\"/media/a.jpg\",\"alt\":\"A\"},"
                + "\"seo\":{\"metaDescription\":\"Who writes here\"}}");

    assertThat(in)
        .isEqualTo(
            new PageInput(
                "Our Authors", "our-authors", "<p>Hi</p>", ArticleStatus.PUBLISHED, 12L, -2, "/media/a.jpg", "A",
                new SeoFields(null, "Who writes here", null, null, null)));
  }

  @Test
  void zeroAsParentMeansTopLevelAndAbsentMembersStayNull() {
    assertThat(PageJson.read("{\"parent\":0}").parent()).isZero();
    assertThat(PageJson.read("{}")).isEqualTo(new PageInput(null, null, null, null, null, null, null, null, null));
  }

  @Test
  void refusesArticleMembersAndBadValuesAtTheirFields() {
    assertThatThrownBy(
            () -> PageJson.read("{\"category\":\"news\",\"parent\":-1,\"menuOrder\":\"first\",\"status\":\"gone\"}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("category", "parent", "menuOrder", "status"));
  }

  @Test
  void readOnlyMembersOfAPageReadBackAreIgnored() {
    PageDetails page = page();
    PageInput in = PageJson.read(PageJson.write(page, "http://localhost/about/our-authors/").toString());

    assertThat(in.title()).isEqualTo("Our Authors");
    assertThat(in.parent()).isEqualTo(2L);
  }

  @Test
  void writesTheAddressAndTheBreadcrumbs() {
    JsonObject json = PageJson.write(page(), "http://localhost/about/our-authors/");

    assertThat(json.getString("path")).isEqualTo("/about/our-authors/");
    assertThat(json.getJsonArray("ancestors").getJsonObject(0).getString("path")).isEqualTo("/about/");
    assertThat(json.getJsonNumber("parent").longValue()).isEqualTo(2);
    assertThat(json).doesNotContainKeys("excerpt", "category", "tags");
  }

  @Test
  void statusFilterKnowsThePagesStatesOnly() {
    assertThat(PageJson.statusFilter("any")).containsExactlyInAnyOrder(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);
    assertThat(PageJson.statusFilter("Trashed")).isEqualTo(Set.of(ArticleStatus.TRASHED));
    assertThat(PageJson.statusFilter(null)).isNull();
    assertThatThrownBy(() -> PageJson.statusFilter("pending"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("status"));
  }

  private static PageDetails page() {
    return new PageDetails(
        3, "Our Authors", "our-authors", "about/our-authors", ArticleStatus.PUBLISHED, "<p>x</p>", "x",
        new Person("eve", "Eve"), 2L, 1, List.of(new PageLink(2, "About", "about")), NOW, NOW, NOW, 0,
        null, null, new SeoFields(null, null, null, null, false));
  }
}
