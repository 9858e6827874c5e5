package org.inkwell.cms.articles.wordpress.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.inkwell.cms.articles.wordpress.OldAddress;
import org.junit.jupiter.api.Test;

class OldAddressesTest {

  @Test
  void aPostKeepsItsPermalinkItsIdAndTheDateAndArchivePathsWordPressAnswers() {
    WxrItem hills = item("101", "post", "https://trail-notes.example/2019/05/hills-and-valleys/", "hills-and-valleys",
        "2019-05-04 10:00:00");
    assertThat(OldAddresses.of(hills, "https://trail-notes.example"))
        .containsExactly("/?p=101", "/2019/05/hills-and-valleys/", "/2019/05/04/hills-and-valleys/", "/archives/101/");
  }

  @Test
  void aSiteInAFolderKeepsThePathOnItsHostAndTheOneBelowTheFolder() {
    WxrItem hello = item("7", "post", "https://example.com/blog/category/news/hello/", "hello", "2019-05-01 09:00:00");
    assertThat(OldAddresses.of(hello, "https://example.com/blog"))
        .contains("/blog/category/news/hello/", "/category/news/hello/", "/2019/05/01/hello/");
  }

  @Test
  void aPageKeepsPageIdAndItsPathAPlainPermalinkItsQueryAndEncodedSlugsAreDecoded() {
    WxrItem team = item("202", "page", "https://trail-notes.example/about/our-team/", "our-team", "2018-01-02 00:00:00");
    assertThat(OldAddresses.of(team, "https://trail-notes.example"))
        .containsExactly("/?p=202", "/?page_id=202", "/about/our-team/");
    WxrItem plain = item("55", "post", "https://plain.example/?p=55", "caf%c3%a9", "0000-00-00 00:00:00");
    assertThat(OldAddresses.of(plain, "https://plain.example")).containsExactly("/?p=55", "/archives/55/");
    WxrItem cafe = item("56", "post", "https://example.com/caf%C3%A9/", "caf%c3%a9", "2020-02-03 00:00:00");
    assertThat(OldAddresses.of(cafe, "https://example.com")).contains("/café/", "/2020/02/03/café/");
  }

  @Test
  void categoriesKeepTheirArchiveUnderTheirParentsAndTagsTheirs() {
    WxrTerm ultras = new WxrTerm(WxrTerm.CATEGORY, "13", "ultras", "Ultras", "trail-running", "");
    assertThat(OldAddresses.of(ultras, "outdoors/trail-running"))
        .containsExactly("/category/outdoors/trail-running/ultras/", "/category/ultras/");
    assertThat(OldAddresses.categoryPath(ultras, "outdoors/trail-running")).isEqualTo("outdoors/trail-running/ultras");
    assertThat(OldAddresses.of(ultras, null)).as("parents unknown").contains("/category/trail-running/ultras/");
    assertThat(OldAddresses.of(new WxrTerm(WxrTerm.TAG, "21", "mud", "Mud", "", ""), "")).containsExactly("/tag/mud/");
  }

  @Test
  void requestsAreWrittenAsAddressesTheSameWay() {
    assertThat(OldAddress.ofPath("/2019/05/hills-and-valleys")).contains("/2019/05/hills-and-valleys/");
    assertThat(OldAddress.ofPath("//archives//101/")).contains("/archives/101/");
    assertThat(OldAddress.ofPath("/feed.xml")).contains("/feed.xml");
    assertThat(OldAddress.ofPath("/")).isEmpty();
    assertThat(OldAddress.ofQuery("/", "101", null)).contains("/?p=101");
    assertThat(OldAddress.ofQuery("/index.php", null, "202")).contains("/?page_id=202");
    assertThat(OldAddress.ofQuery("/", "abc", null)).isEmpty();
    assertThat(OldAddress.ofQuery("/about/", "101", null)).isEqualTo(Optional.empty());
  }

  private static WxrItem item(String id, String type, String link, String slug, String date) {
    return new WxrItem(id, "Title", link, "ada", "", "", date, date, date, date, slug, "publish", "0", "0", type, "",
        false, List.of(), List.of(), 0, "", "", "");
  }
}
