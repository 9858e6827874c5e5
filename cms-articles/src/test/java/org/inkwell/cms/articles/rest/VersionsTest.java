package org.inkwell.cms.articles.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.VersionRequiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", " \"3\" ", "W/\"9\", \"3\"", "\"stale-0\",\"3\""})
  void aStrongTagNamesItsVersion(String ifMatch) {
    assertThat(Versions.required(ifMatch)).isEqualTo(3L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"stale-0\"", "W/\"3\"", "\"\"", "\"3x\"", "W/\"3\", \"abc\"", "\"99999999999999999999\""})
  void aWellFormedTagThatNamesNoVersionIsStale(String ifMatch) {
    assertThatThrownBy(() -> Versions.required(ifMatch)).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> Versions.optional(ifMatch)).isInstanceOf(StaleVersionException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "3", "\"3", "\"3\" \"4\"", "\"3\",", "W/3", "\"a\"b\""})
  void aMalformedHeaderIsInvalidInput(String ifMatch) {
    assertThatThrownBy(() -> Versions.optional(ifMatch)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void twoVersionsAreRefusedRatherThanGuessed() {
    assertThatThrownBy(() -> Versions.optional("\"3\", \"4\"")).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "*"})
  void noTagOrAnyVersionNamesNoVersion(String ifMatch) {
    assertThat(Versions.optional(ifMatch)).isNull();
    assertThatThrownBy(() -> Versions.required(ifMatch)).isInstanceOf(VersionRequiredException.class);
  }
}
