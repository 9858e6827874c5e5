package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.wordpress.OldPermalinkService.MovedContent;
import org.inkwell.cms.articles.wordpress.OldPermalinkService.MovedContent.Kind;
import org.junit.jupiter.api.Test;

class OldLinksTest {

  private final OldLinks links = new OldLinks();

  {
    Map<String, MovedContent> known = Map.of(
        "/?p=101", new MovedContent(Kind.ARTICLE, "hills-and-valleys"),
        "/?page_id=202", new MovedContent(Kind.PAGE, "about/our-team"),
        "/category/outdoors/ultras/", new MovedContent(Kind.CATEGORY, "ultras"),
        "/tag/mud/", new MovedContent(Kind.TAG, "mud-and-rain"),
        "/hills-and-valleys/", new MovedContent(Kind.ARTICLE, "hills-and-valleys"));
    links.permalinks = address -> Optional.ofNullable(known.get(address));
  }

  @Test
  void eachKindOfContentIsSentToItsAddressOnThisSite() {
    assertThat(links.location("https://new.example", "/?p=101")).contains("https://new.example/hills-and-valleys/");
    assertThat(links.location("https://new.example", "/?page_id=202")).contains("https://new.example/about/our-team/");
    assertThat(links.location("https://new.example", "/category/outdoors/ultras/")).contains("https://new.example/category/ultras/");
    assertThat(links.location("https://new.example", "/tag/mud/")).contains("https://new.example/tag/mud-and-rain/");
  }

  @Test
  void anAddressThatIsTheContentsOwnOrUnknownLeadsNowhere() {
    assertThat(links.location("https://new.example", "/hills-and-valleys/")).as("a redirect to itself").isEmpty();
    assertThat(links.location("https://new.example", "/?p=999")).isEmpty();
  }
}
