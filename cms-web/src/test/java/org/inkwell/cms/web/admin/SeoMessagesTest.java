package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkwell.cms.web.admin.SeoDrafts.SEED_KEYPHRASE;
import static org.inkwell.cms.web.admin.SeoDrafts.draft;
import static org.inkwell.cms.web.admin.SeoDrafts.knownCounts;
import static org.inkwell.cms.web.admin.SeoDrafts.seedArticle;
import static org.inkwell.cms.web.admin.SeoDrafts.sentence;
import static org.inkwell.cms.web.admin.SeoDrafts.words;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundle has a one-line English hint for everything the analysis can say, and nothing else. */
class SeoMessagesTest {

  private final ResourceBundle bundle = ResourceBundle.getBundle(SeoAnalysis.MESSAGES, Locale.ENGLISH);

  /** Drafts that between them reach every finding. */
  private static List<SeoCheck> checksOfVariedDrafts() {
    SeoDrafts stuffed = draft().focusKeyphrase("foam roller")
        .metaTitle("Recovery tools for runners and walkers")
        .bodyHtml("<p>foam roller foam roller</p>");
    SeoDrafts partial = draft().focusKeyphrase(SEED_KEYPHRASE)
        .metaTitle("Safely: how to pop lower back")
        .slug("pop-lower-back")
        .bodyHtml("<p>Pop your lower back: here is how to.</p><h2>How to pop your back</h2>"
            + "<img src=/a.svg alt='a foam roller'><p>" + words(250) + "</p>")
        .metaDescription("Pop your lower back: how to do it.");
    SeoDrafts wordy = draft().focusKeyphrase(SEED_KEYPHRASE)
        .metaTitle("Pop your lower back: how to do it right, a guide for all who sit all day")
        .slug("back-stretches")
        .bodyHtml("<p>How to pop lower back.</p><h2>Stretches</h2><p>" + (sentence(10) + " ").repeat(16)
            + "</p><p>" + (sentence(25) + " ").repeat(6) + "</p>")
        .metaDescription("d".repeat(170));
    return Stream.of(seedArticle(), draft(), stuffed, partial, wordy)
        .flatMap(d -> d.analyse().checks().stream())
        .toList();
  }

  @Test
  void everyFindingHasAMessage() {
    assertThat(bundle.keySet()).containsAll(Arrays.stream(SeoFinding.values()).map(SeoFinding::messageKey).toList());
  }

  @Test
  void everyMessageBelongsToAFinding() {
    Set<String> findingKeys = Arrays.stream(SeoFinding.values()).map(SeoFinding::messageKey).collect(Collectors.toSet());

    assertThat(bundle.keySet()).allSatisfy(key -> assertThat(findingKeys).contains(key));
  }

  @Test
  void everyFindingCanOccur() {
    Set<String> emitted = checksOfVariedDrafts().stream().map(SeoCheck::messageKey).collect(Collectors.toSet());

    assertThat(emitted).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(SeoFinding.values()).map(SeoFinding::messageKey).toList());
  }

  @Test
  void messagesFormatWithTheArgumentsTheyGetIntoOneLine() {
    assertThat(checksOfVariedDrafts()).allSatisfy(check -> {
      String message = new MessageFormat(bundle.getString(check.messageKey()), Locale.ENGLISH)
          .format(check.args().toArray());

      assertThat(message).doesNotContain("{", "}", "'", "\n").endsWith(".");
      check.args().stream().filter(String.class::isInstance)
          .forEach(phrase -> assertThat(message).contains("\"" + phrase + "\""));
    });
  }

  @Test
  void messagesReadNaturally() {
    SeoCheck density = knownCounts().analyse().checks().stream()
        .filter(c -> c.id().equals("keyphraseDensity")).findFirst().orElseThrow();

    assertThat(new MessageFormat(bundle.getString(density.messageKey()), Locale.ENGLISH).format(density.args().toArray()))
        .isEqualTo("\"how to pop lower back\" appears 10 times in the text, a density of 1.0%: great.");
  }
}
