package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.MenuChanged;
import org.inkwell.cms.core.event.PageBlockChanged;
import org.inkwell.cms.core.event.SiteSettingsChanged;
import org.junit.jupiter.api.Test;

class JournalCodecTest {

  private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123456Z");

  @Test
  void everyKindOfContentEventComesBackEqual() {
    ArticleRef now = new ArticleRef(7, "back-stretches", "Back Stretches & More", "yoga",
        List.of("yoga", "wellness"), List.of("back"), AT);
    ArticleRef before = new ArticleRef(7, "back-stretch", "Back Stretch", "yoga", List.of("yoga"), List.of(), null);
    for (Object event : List.of(
        new ArticleUpdated(now, before, AT),
        new MenuChanged("header"),
        new SiteSettingsChanged(),
        new PageBlockChanged("related-posts", Set.of(3L, 4L), false))) {
      assertThat(JournalCodec.event(JournalCodec.type(event), JournalCodec.payload(event))).contains(event);
    }
  }

  @Test
  void onlyCoreEventRecordsAreWrittenOrRead() {
    assertThatThrownBy(() -> JournalCodec.type("a string")).isInstanceOf(IllegalArgumentException.class);
    assertThat(JournalCodec.event("ArticleRef", "{}")).isEmpty();
    assertThat(JournalCodec.event("../../Evil", "{}")).isEmpty();
    assertThat(JournalCodec.event("java.lang.Runtime", "{}")).isEmpty();
    assertThat(JournalCodec.event("SomethingANewerVersionAdded", "{}")).isEmpty();
    assertThat(JournalCodec.event("MenuChanged", "not json")).isEmpty();
  }
}
