package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionsTest {

  private static final long SOMEONE_ELSE = 99L;

  /** An actor by role name; "anonymous" for a reader who is not signed in. */
  static Actor actor(String who) {
    return switch (who) {
      case "anonymous" -> Actor.ANONYMOUS;
      case "admin" -> new Actor(1L, "ada", Role.ADMIN);
      case "editor" -> new Actor(2L, "eve", Role.EDITOR);
      case "author" -> new Actor(3L, "art", Role.AUTHOR);
      case "contributor" -> new Actor(4L, "cam", Role.CONTRIBUTOR);
      default -> throw new IllegalArgumentException(who);
    };
  }

  /** The author id of an article that is the actor's own, or someone else's. */
  static Long author(Actor actor, String whose) {
    return whose.equals("own") ? actor.userId() : SOMEONE_ELSE;
  }

  @ParameterizedTest(name = "{0} viewing {2} {1} article: {3}")
  @CsvSource({
    "anonymous,   PUBLISHED, other, true",
    "anonymous,   DRAFT,     other, false",
    "anonymous,   PENDING,   other, false",
    "anonymous,   SCHEDULED, other, false",
    "anonymous,   TRASHED,   other, false",
    "contributor, PUBLISHED, other, true",
    "contributor, PENDING,   own,   true",
    "contributor, PENDING,   other, false",
    "author,      DRAFT,     own,   true",
    "author,      DRAFT,     other, false",
    "author,      SCHEDULED, other, false",
    "editor,      DRAFT,     other, true",
    "editor,      TRASHED,   other, true",
    "admin,       PENDING,   other, true",
  })
  void canView(String who, ArticleStatus status, String whose, boolean allowed) {
    Actor actor = actor(who);

    assertThat(Permissions.canView(actor, status, author(actor, whose))).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} editing {2} {1} article: {3}")
  @CsvSource({
    "anonymous,   PUBLISHED, other, false",
    "contributor, DRAFT,     own,   true",
    "contributor, PENDING,   own,   true",
    "contributor, PUBLISHED, own,   false",
    "contributor, SCHEDULED, own,   false",
    "contributor, DRAFT,     other, false",
    "author,      DRAFT,     own,   true",
    "author,      PUBLISHED, own,   true",
    "author,      SCHEDULED, own,   true",
    "author,      DRAFT,     other, false",
    "author,      PUBLISHED, other, false",
    "editor,      DRAFT,     other, true",
    "editor,      PUBLISHED, other, true",
    "admin,       SCHEDULED, other, true",
  })
  void canEdit(String who, ArticleStatus status, String whose, boolean allowed) {
    Actor actor = actor(who);

    assertThat(Permissions.canEdit(actor, status, author(actor, whose))).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} publishing {1} article: {2}")
  @CsvSource({
    "anonymous,   other, false",
    "contributor, own,   false",
    "author,      own,   true",
    "author,      other, false",
    "editor,      other, true",
    "admin,       other, true",
  })
  void canPublish(String who, String whose, boolean allowed) {
    Actor actor = actor(who);

    assertThat(Permissions.canPublish(actor, author(actor, whose))).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} ending another article's redirect: {1}")
  @CsvSource({
    "anonymous,   false",
    "contributor, false",
    "author,      false",
    "editor,      true",
    "admin,       true",
  })
  void canEndRedirect(String who, boolean allowed) {
    assertThat(Permissions.canEndRedirect(actor(who))).isEqualTo(allowed);
  }

  @Test
  void anonymousReaderOwnsNothing() {
    assertThat(Permissions.isOwner(Actor.ANONYMOUS, null)).isFalse();
    assertThat(Permissions.isOwner(Actor.ANONYMOUS, 1L)).isFalse();
  }

  @Test
  void signInIsRequiredOfAnonymousReadersOnly() {
    assertThatThrownBy(() -> Permissions.requireSignedIn(Actor.ANONYMOUS))
        .isInstanceOf(NotAuthenticatedException.class);
    assertThatCode(() -> Permissions.requireSignedIn(actor("contributor"))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"ADMIN", "EDITOR"})
  void editorsAndAdminsPassTheEditorCheck(Role role) {
    assertThatCode(() -> Permissions.requireEditor(new Actor(7L, "x", role), "manage tags"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"AUTHOR", "CONTRIBUTOR"})
  void othersFailTheEditorCheckWithAnExplanation(Role role) {
    assertThatThrownBy(() -> Permissions.requireEditor(new Actor(7L, "x", role), "manage tags"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Only editors and administrators may manage tags.");
  }

  @Test
  void anonymousFailsTheEditorCheckAsNotSignedIn() {
    assertThatThrownBy(() -> Permissions.requireEditor(Actor.ANONYMOUS, "manage tags"))
        .isInstanceOf(NotAuthenticatedException.class);
  }

  @Test
  void onlyAdminsPassTheAdminCheck() {
    assertThatCode(() -> Permissions.requireAdmin(actor("admin"), "manage users"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Permissions.requireAdmin(actor("editor"), "manage users"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Only administrators may manage users.");
    assertThatThrownBy(() -> Permissions.requireAdmin(Actor.ANONYMOUS, "manage users"))
        .isInstanceOf(NotAuthenticatedException.class);
  }

  /** Whether the check passes ("allowed"), answers 403 ("denied") or 401 ("sign-in"). */
  private static String outcome(Runnable check) {
    try {
      check.run();
      return "allowed";
    } catch (AccessDeniedException e) {
      return "denied";
    } catch (NotAuthenticatedException e) {
      return "sign-in";
    }
  }

  @ParameterizedTest(name = "{0} uploading an image: {1}")
  @CsvSource({
    "anonymous,   sign-in",
    "contributor, denied",
    "author,      allowed",
    "editor,      allowed",
    "admin,       allowed",
  })
  void requireUploader(String who, String expected) {
    assertThat(outcome(() -> Permissions.requireUploader(actor(who)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} changing {1} image: {2}")
  @CsvSource({
    "anonymous,   other, sign-in",
    "contributor, own,   denied",
    "author,      own,   allowed",
    "author,      other, denied",
    "editor,      other, allowed",
    "admin,       other, allowed",
  })
  void requireMediaEditor(String who, String whose, String expected) {
    Actor actor = actor(who);

    assertThat(outcome(() -> Permissions.requireMediaEditor(actor, author(actor, whose)))).isEqualTo(expected);
  }
}
