package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkwell.cms.web.site.Views.Meta;
import org.junit.jupiter.api.Test;

class SeoHeadTest {

  private static Views.Site site(Views.Image socialImage, boolean noindex) {
    return new Views.Site("Site", "", "https://example.org", "/s.css", List.of(), List.of(), List.of(), null, socialImage, noindex);
  }

  private static List<String> meta(Views.Head head) {
    return head.meta().stream().map(m -> m.key() + "=" + m.value()).toList();
  }

  @Test
  void pagesWithoutAnImageOfTheirOwnShowTheSitesWithItsSize() {
    Views.Head head = SeoHead.listing(site(new Views.Image("https://example.org/media/uploads/s.png", 1200, 630), false),
        null, null, "https://example.org/", null, List.of(), false);

    assertThat(meta(head)).contains("og:image=https://example.org/media/uploads/s.png", "og:image:width=1200",
        "og:image:height=630", "twitter:card=summary_large_image");
    assertThat(head.noindex()).isFalse();
  }

  @Test
  void aSiteThatDiscouragesSearchEnginesMarksEveryPageNoindex() {
    Views.Head head = SeoHead.listing(site(null, true), null, null, "https://example.org/", null, List.of(), false);

    assertThat(head.noindex()).isTrue();
    assertThat(head.meta()).extracting(Meta::key).doesNotContain("og:image");
  }

  @Test
  void robotsTxtDisallowsEverythingWhenSearchEnginesAreDiscouraged() {
    assertThat(SiteRenderer.robots("https://example.org", true))
        .isEqualTo("User-agent: *\nDisallow: /\n\nSitemap: https://example.org/sitemap.xml\n");
    assertThat(SiteRenderer.robots("https://example.org", false)).contains("Disallow: /admin/").doesNotContain("Disallow: /\n");
  }
}
