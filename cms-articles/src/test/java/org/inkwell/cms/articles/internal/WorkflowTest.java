package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inkwell.cms.articles.ArticleStatus.DRAFT;
import static org.inkwell.cms.articles.ArticleStatus.PENDING;
import static org.inkwell.cms.articles.ArticleStatus.PUBLISHED;
import static org.inkwell.cms.articles.ArticleStatus.SCHEDULED;
import static org.inkwell.cms.articles.ArticleStatus.TRASHED;

import java.time.Duration;
import java.time.Instant;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

class WorkflowTest {

  private static final Instant NOW = Instant.parse("2025-05-01T09:00:00Z");
  private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
  private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));

  private static final Actor EDITOR = new Actor(2L, "eve", Role.EDITOR);
  private static final Actor AUTHOR = new Actor(3L, "art", Role.AUTHOR);
  private static final Actor CONTRIBUTOR = new Actor(4L, "cam", Role.CONTRIBUTOR);
  private static final Long SOMEONE_ELSE = 99L;

  private static ArticleStatus next(
      ArticleStatus current, ArticleStatus requested, Instant publishAt, Actor actor, Long authorId) {
    return Workflow.next(current, requested, publishAt, NOW, actor, authorId);
  }

  @Nested
  class WithoutARequestedState {

    @Test
    void newArticleStartsAsADraft() {
      assertThat(next(null, null, null, CONTRIBUTOR, CONTRIBUTOR.userId())).isEqualTo(DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = ArticleStatus.class, names = {"DRAFT", "PENDING", "PUBLISHED"})
    void existingArticleKeepsItsState(ArticleStatus current) {
      assertThat(next(current, null, null, EDITOR, SOMEONE_ELSE)).isEqualTo(current);
    }

    @Test
    void scheduledArticleStaysScheduledWhileItsTimeIsAhead() {
      assertThat(next(SCHEDULED, null, TOMORROW, AUTHOR, AUTHOR.userId())).isEqualTo(SCHEDULED);
    }
  }

  @Nested
  class Contributors {

    @Test
    void submitTheirOwnDraftForReview() {
      assertThat(next(DRAFT, PENDING, null, CONTRIBUTOR, CONTRIBUTOR.userId())).isEqualTo(PENDING);
    }

    @Test
    void createNewArticlesAsDraftOrPending() {
      assertThat(next(null, DRAFT, null, CONTRIBUTOR, CONTRIBUTOR.userId())).isEqualTo(DRAFT);
      assertThat(next(null, PENDING, null, CONTRIBUTOR, CONTRIBUTOR.userId())).isEqualTo(PENDING);
    }

    @ParameterizedTest
    @EnumSource(value = ArticleStatus.class, names = {"DRAFT", "PENDING"})
    @NullSource
    void cannotPublishAndAreToldToSubmitForReview(ArticleStatus current) {
      assertThatThrownBy(() -> next(current, PUBLISHED, null, CONTRIBUTOR, CONTRIBUTOR.userId()))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("submit the article for review")
          .hasMessageContaining("pending");
    }

    @Test
    void cannotScheduleEither() {
      assertThatThrownBy(() -> next(DRAFT, SCHEDULED, TOMORROW, CONTRIBUTOR, CONTRIBUTOR.userId()))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("submit the article for review");
      assertThatThrownBy(() -> next(DRAFT, PUBLISHED, TOMORROW, CONTRIBUTOR, CONTRIBUTOR.userId()))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Nested
  class Authors {

    @Test
    void publishTheirOwnArticles() {
      assertThat(next(DRAFT, PUBLISHED, null, AUTHOR, AUTHOR.userId())).isEqualTo(PUBLISHED);
    }

    @Test
    void cannotPublishSomeoneElsesArticle() {
      assertThatThrownBy(() -> next(PENDING, PUBLISHED, null, AUTHOR, SOMEONE_ELSE))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("Only editors may publish other people's articles.");
    }
  }

  @Nested
  class Editors {

    @Test
    void publishAnyonesArticle() {
      assertThat(next(PENDING, PUBLISHED, null, EDITOR, SOMEONE_ELSE)).isEqualTo(PUBLISHED);
    }

    @Test
    void unpublishBackToADraft() {
      assertThat(next(PUBLISHED, DRAFT, null, EDITOR, SOMEONE_ELSE)).isEqualTo(DRAFT);
    }
  }

  @Nested
  class PublishTime {

    @Test
    void publishingWithAFutureTimeSchedules() {
      assertThat(next(DRAFT, PUBLISHED, TOMORROW, AUTHOR, AUTHOR.userId())).isEqualTo(SCHEDULED);
    }

    @Test
    void publishingWithAPastOrPresentTimePublishesNow() {
      assertThat(next(DRAFT, PUBLISHED, YESTERDAY, AUTHOR, AUTHOR.userId())).isEqualTo(PUBLISHED);
      assertThat(next(DRAFT, PUBLISHED, NOW, AUTHOR, AUTHOR.userId())).isEqualTo(PUBLISHED);
    }

    @Test
    void schedulingWithAFutureTimeSchedules() {
      assertThat(next(DRAFT, SCHEDULED, TOMORROW, EDITOR, SOMEONE_ELSE)).isEqualTo(SCHEDULED);
    }

    @Test
    void schedulingWithoutATimeIsRefusedOnPublishAt() {
      assertThatThrownBy(() -> next(DRAFT, SCHEDULED, null, EDITOR, SOMEONE_ELSE))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("publishAt"));
    }

    @Test
    void schedulingForThePastIsRefusedOnPublishAt() {
      assertThatThrownBy(() -> next(DRAFT, SCHEDULED, YESTERDAY, EDITOR, SOMEONE_ELSE))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("publishAt"));
    }
  }

  @Nested
  class Trash {

    @Test
    void cannotBeRequestedAsAStatus() {
      assertThatThrownBy(() -> next(DRAFT, TRASHED, null, EDITOR, SOMEONE_ELSE))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("status");
                assertThat(e.getMessage()).contains("DELETE");
              });
    }

    @Test
    void restoringMakesADraft() {
      assertThat(next(TRASHED, DRAFT, null, EDITOR, SOMEONE_ELSE)).isEqualTo(DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = ArticleStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    @NullSource
    void anyOtherChangeToATrashedArticleConflicts(ArticleStatus requested) {
      assertThatThrownBy(() -> next(TRASHED, requested, TOMORROW, EDITOR, SOMEONE_ELSE))
          .isInstanceOfSatisfying(
              ContentConflictException.class,
              e -> {
                assertThat(e.problemType()).isEqualTo("article-trashed");
                assertThat(e.getMessage()).contains("restore");
              });
    }
  }
}
