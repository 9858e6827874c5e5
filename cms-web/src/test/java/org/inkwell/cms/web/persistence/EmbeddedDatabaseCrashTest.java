package org.inkwell.cms.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit on the embedded database is on disk when it returns: a process killed (SIGKILL) right
 * after commits it reported loses none of them. With H2's default write delay it lost the last
 * half second of them.
 */
class EmbeddedDatabaseCrashTest {

  private static final int REPORTED = 500;

  @Test
  void everyReportedCommitSurvivesAKill(@TempDir Path dataDir) throws Exception {
    Process writer = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dataDir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    int lastReported = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && lastReported < REPORTED; line = out.readLine()) {
        lastReported = Integer.parseInt(line);
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor()).as("exit status of a SIGKILLed process").isEqualTo(128 + 9);
    }
    assertThat(lastReported).isEqualTo(REPORTED);
    assertThat(Files.exists(dataDir.resolve("db").resolve("cms.mv.db"))).isTrue();

    try (Connection db = DriverManager.getConnection(ConfiguredDataSource.embeddedUrl(dataDir), "sa", "");
        PreparedStatement kept = db.prepareStatement("SELECT COUNT(*) FROM acknowledged WHERE id <= ?")) {
      kept.setInt(1, lastReported);
      try (ResultSet count = kept.executeQuery()) {
        count.next();
        assertThat(count.getInt(1)).as("commits kept of %d reported", lastReported + 1).isEqualTo(lastReported + 1);
      }
    }
  }

  /** Inserts rows one commit at a time, printing each id once its commit returned. */
  static final class Writer {
    public static void main(String[] args) throws Exception {
      try (Connection db = DriverManager.getConnection(ConfiguredDataSource.embeddedUrl(Path.of(args[0])), "sa", "")) {
        db.createStatement().execute("CREATE TABLE acknowledged (id INT PRIMARY KEY)");
        PreparedStatement insert = db.prepareStatement("INSERT INTO acknowledged VALUES (?)");
        for (int id = 0; ; id++) {
          insert.setInt(1, id);
          insert.executeUpdate();
          System.out.println(id);
          System.out.flush();
        }
      }
    }
  }
}
