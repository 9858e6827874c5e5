package org.inkwell.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
  private final VerifiedCredentials verified = new VerifiedCredentials(clock);

  @Test
  void nothingIsVerifiedAtFirst() {
    assertThat(verified.contains("eve", "s3cret-Pa55")).isFalse();
  }

  @Test
  void remembersTheVerifiedPassword() {
    verified.add("eve", "s3cret-Pa55");

    assertThat(verified.contains("eve", "s3cret-Pa55")).isTrue();
  }

  @Test
  void anyOtherPasswordDoesNotMatch() {
    verified.add("eve", "s3cret-Pa55");

    assertThat(verified.contains("eve", "S3cret-Pa55")).isFalse();
    assertThat(verified.contains("eve", "s3cret-Pa55 ")).isFalse();
    assertThat(verified.contains("eve", "")).isFalse();
  }

  @Test
  void samePasswordForAnotherLoginDoesNotMatch() {
    verified.add("eve", "s3cret-Pa55");

    assertThat(verified.contains("art", "s3cret-Pa55")).isFalse();
  }

  @Test
  void nonAsciiPasswordsWork() {
    verified.add("zoë", "pässwörd-🔑");

    assertThat(verified.contains("zoë", "pässwörd-🔑")).isTrue();
    assertThat(verified.contains("zoë", "passwörd-🔑")).isFalse();
  }

  @Test
  void isForgottenAfterSixtySeconds() {
    verified.add("eve", "s3cret-Pa55");

    clock.advance(Duration.ofSeconds(59));
    assertThat(verified.contains("eve", "s3cret-Pa55")).isTrue();

    clock.advance(Duration.ofMillis(1001));
    assertThat(verified.contains("eve", "s3cret-Pa55")).isFalse();
  }

  @Test
  void verifyingAgainStartsANewMinute() {
    verified.add("eve", "s3cret-Pa55");
    clock.advance(Duration.ofSeconds(50));

    verified.add("eve", "s3cret-Pa55");
    clock.advance(Duration.ofSeconds(50));

    assertThat(verified.contains("eve", "s3cret-Pa55")).isTrue();
  }

  @Test
  void newPasswordReplacesTheOldOne() {
    verified.add("eve", "old-password");

    verified.add("eve", "new-password");

    assertThat(verified.contains("eve", "new-password")).isTrue();
    assertThat(verified.contains("eve", "old-password")).isFalse();
  }

  @Test
  void eachInstanceKnowsOnlyWhatItVerified() {
    verified.add("eve", "s3cret-Pa55");

    assertThat(new VerifiedCredentials(clock).contains("eve", "s3cret-Pa55")).isFalse();
  }
}
