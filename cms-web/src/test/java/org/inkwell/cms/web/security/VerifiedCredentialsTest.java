package org.inkwell.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.Role;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final Actor EVE = new Actor(7L, "eve", Role.AUTHOR);

  private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
  private final VerifiedCredentials verified = new VerifiedCredentials(clock);

  @Test
  void nothingIsVerifiedAtFirst() {
    assertThat(verified.find("eve", "s3cret-Pa55")).isEmpty();
  }

  @Test
  void remembersTheVerifiedPassword() {
    verified.add("eve", "s3cret-Pa55", EVE);

    assertThat(verified.find("eve", "s3cret-Pa55")).contains(EVE);
  }

  @Test
  void anyOtherPasswordDoesNotMatch() {
    verified.add("eve", "s3cret-Pa55", EVE);

    assertThat(verified.find("eve", "S3cret-Pa55")).isEmpty();
    assertThat(verified.find("eve", "s3cret-Pa55 ")).isEmpty();
    assertThat(verified.find("eve", "")).isEmpty();
  }

  @Test
  void samePasswordForAnotherLoginDoesNotMatch() {
    verified.add("eve", "s3cret-Pa55", EVE);

    assertThat(verified.find("art", "s3cret-Pa55")).isEmpty();
  }

  @Test
  void nonAsciiPasswordsWork() {
    verified.add("zoë", "pässwörd-🔑", EVE);

    assertThat(verified.find("zoë", "pässwörd-🔑")).contains(EVE);
    assertThat(verified.find("zoë", "passwörd-🔑")).isEmpty();
  }

  @Test
  void isForgottenAfterSixtySeconds() {
    verified.add("eve", "s3cret-Pa55", EVE);

    clock.advance(Duration.ofSeconds(59));
    assertThat(verified.find("eve", "s3cret-Pa55")).contains(EVE);

    clock.advance(Duration.ofMillis(1001));
    assertThat(verified.find("eve", "s3cret-Pa55")).isEmpty();
  }

  @Test
  void verifyingAgainStartsANewMinute() {
    verified.add("eve", "s3cret-Pa55", EVE);
    clock.advance(Duration.ofSeconds(50));

    verified.add("eve", "s3cret-Pa55", EVE);
    clock.advance(Duration.ofSeconds(50));

    assertThat(verified.find("eve", "s3cret-Pa55")).contains(EVE);
  }

  @Test
  void newPasswordReplacesTheOldOne() {
    verified.add("eve", "old-password", EVE);

    verified.add("eve", "new-password", EVE);

    assertThat(verified.find("eve", "new-password")).contains(EVE);
    assertThat(verified.find("eve", "old-password")).isEmpty();
  }

  @Test
  void eachInstanceKnowsOnlyWhatItVerified() {
    verified.add("eve", "s3cret-Pa55", EVE);

    assertThat(new VerifiedCredentials(clock).find("eve", "s3cret-Pa55")).isEmpty();
  }
}
