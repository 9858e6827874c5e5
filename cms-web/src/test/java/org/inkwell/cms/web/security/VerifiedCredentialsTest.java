package org.inkwell.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final String CREDENTIALS = "fingerprint-1";

  private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T09:00:00Z"));
  private final VerifiedCredentials verified = new VerifiedCredentials(clock::nanos);

  @Test
  void nothingIsVerifiedAtFirst() {
    assertThat(verified.matches("eve", "s3cret-Pa55", CREDENTIALS)).isFalse();
  }

  @Test
  void remembersTheVerifiedPassword() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    assertThat(verified.matches("eve", "s3cret-Pa55", CREDENTIALS)).isTrue();
  }

  @Test
  void anyOtherPasswordDoesNotMatch() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    assertThat(verified.matches("eve", "S3cret-Pa55", CREDENTIALS)).isFalse();
    assertThat(verified.matches("eve", "s3cret-Pa55 ", CREDENTIALS)).isFalse();
    assertThat(verified.matches("eve", "", CREDENTIALS)).isFalse();
  }

  @Test
  void samePasswordForAnotherLoginDoesNotMatch() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    assertThat(verified.matches("art", "s3cret-Pa55", CREDENTIALS)).isFalse();
  }

  @Test
  void changedCredentialsVoidTheVerificationAtOnce() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    assertThat(verified.matches("eve", "s3cret-Pa55", "fingerprint-after-a-reset")).isFalse();
  }

  @Test
  void nonAsciiPasswordsWork() {
    verified.add("zoë", "pässwörd-🔑", CREDENTIALS);

    assertThat(verified.matches("zoë", "pässwörd-🔑", CREDENTIALS)).isTrue();
    assertThat(verified.matches("zoë", "passwörd-🔑", CREDENTIALS)).isFalse();
  }

  @Test
  void isForgottenAfterSixtySeconds() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    clock.advance(Duration.ofSeconds(59));
    assertThat(verified.matches("eve", "s3cret-Pa55", CREDENTIALS)).isTrue();

    clock.advance(Duration.ofMillis(1001));
    assertThat(verified.matches("eve", "s3cret-Pa55", CREDENTIALS)).isFalse();
  }

  @Test
  void verifyingAgainStartsANewMinute() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);
    clock.advance(Duration.ofSeconds(50));

    verified.add("eve", "s3cret-Pa55", CREDENTIALS);
    clock.advance(Duration.ofSeconds(50));

    assertThat(verified.matches("eve", "s3cret-Pa55", CREDENTIALS)).isTrue();
  }

  @Test
  void newPasswordReplacesTheOldOne() {
    verified.add("eve", "old-password", CREDENTIALS);

    verified.add("eve", "new-password", CREDENTIALS);

    assertThat(verified.matches("eve", "new-password", CREDENTIALS)).isTrue();
    assertThat(verified.matches("eve", "old-password", CREDENTIALS)).isFalse();
  }

  @Test
  void staysBoundedWhenFlooded() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    for (int i = 0; i < 50_000; i++) {
      verified.add("user-" + i, "password-" + i, CREDENTIALS);
    }

    assertThat(verified.size()).isLessThanOrEqualTo(VerifiedCredentials.MAX_ENTRIES);
  }

  @Test
  void eachInstanceKnowsOnlyWhatItVerified() {
    verified.add("eve", "s3cret-Pa55", CREDENTIALS);

    assertThat(new VerifiedCredentials(clock::nanos).matches("eve", "s3cret-Pa55", CREDENTIALS)).isFalse();
  }
}
