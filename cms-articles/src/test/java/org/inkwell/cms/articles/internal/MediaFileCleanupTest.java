package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFileCleanupTest {

  @TempDir Path dataDir;

  private final RecordingTransactions transaction = new RecordingTransactions();
  private final MediaFileCleanup cleanup = new MediaFileCleanup();
  private MediaDirectory files;
  private List<String> stored;

  @BeforeEach
  void storeAFile() {
    files = MediaDirectory.under(dataDir);
    cleanup.transactions = transaction;
    cleanup.files = files;
    Path staged = files.stage(new ByteArrayInputStream(new byte[] {1}), 10);
    stored = files.publish(staged, "2026/05", "kept-abc123.png", List.of());
  }

  private boolean exists() {
    return files.find("2026/05/kept-abc123.png").isPresent();
  }

  @Test
  void anUploadWhoseRowIsNotCommittedLeavesNoFiles() {
    cleanup.deleteUnlessCommitted(stored);
    transaction.rollBack();
    assertThat(exists()).isFalse();
  }

  @Test
  void aCommittedUploadKeepsItsFiles() {
    cleanup.deleteUnlessCommitted(stored);
    transaction.commit();
    assertThat(exists()).isTrue();
  }

  @Test
  void aDeletionRemovesFilesOnlyOnceCommitted() {
    cleanup.deleteOnceCommitted(stored);
    assertThat(exists()).as("readers still see it until the commit").isTrue();
    transaction.commit();
    assertThat(exists()).isFalse();
  }

  @Test
  void aDeletionRolledBackKeepsTheFiles() {
    cleanup.deleteOnceCommitted(stored);
    transaction.rollBack();
    assertThat(exists()).isTrue();
  }
}
