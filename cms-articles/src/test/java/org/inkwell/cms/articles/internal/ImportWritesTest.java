package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportWritesTest {

  @Test
  void wordPressLoginsBecomeLoginsThisSiteAccepts() {
    assertThat(ImportWrites.localLogin("Ada.Runner")).isEqualTo("ada.runner");
    assertThat(ImportWrites.localLogin(" John Smith ")).isEqualTo("john-smith");
    assertThat(ImportWrites.localLogin("_editor")).isEqualTo("editor");
    assertThat(ImportWrites.localLogin("\u00e9")).startsWith("wp-");
    assertThat(DefaultUserService.isValidLogin(ImportWrites.localLogin("x".repeat(80)))).isTrue();
  }
}
