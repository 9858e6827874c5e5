package org.inkwell.cms.relatedposts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inkwell.cms.relatedposts.internal.CurationRules;
import org.junit.jupiter.api.Test;

/** The admin views against their texts and against the editor they are part of. */
class AdminViewsTest {

  private static final ResourceBundle TEXTS = ResourceBundle.getBundle(AdminTexts.BUNDLE, Locale.ENGLISH);
  private static final Path SOURCES = Path.of("src/main/java/org/inkwell/cms/relatedposts/admin");
  private static final Pattern VIEW_KEY = Pattern.compile("rp\\['([^']+)'\\]");
  private static final Pattern CODE_KEY =
      Pattern.compile("AdminTexts\\.(?:text|success|error|errorMessage)\\(\\s*\"([^\"]+)\"|change\\([^;]*?, \"([^\"]+)\"");

  @Test
  void everyTextTheViewsNameExists() {
    for (String view : List.of("related-posts.xhtml", "related-posts-panel.xhtml")) {
      Matcher keys = VIEW_KEY.matcher(view(view));
      while (keys.find()) {
        String key = keys.group(1);
        if (key.endsWith(".")) {
          // A prefix completed in the view, such as 'kind.' with the kind of a pick.
          assertThat(TEXTS.keySet()).as(view).anyMatch(k -> k.startsWith(key));
        } else {
          assertThat(TEXTS.containsKey(key)).as("%s: %s", view, key).isTrue();
        }
      }
    }
  }

  @Test
  void everyTextTheBeansNameExists() throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        Matcher m = CODE_KEY.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertThat(keys).contains("curation.pinned", "settings.saved");
    // Keys completed in code are listed in full below.
    keys.removeIf(key -> key.endsWith("."));
    for (CurationRules.Rule rule : CurationRules.Rule.values()) {
      keys.add("problem." + rule.name());
    }
    keys.add("list." + CurationRules.PINNED);
    keys.add("list." + CurationRules.EXCLUDED);
    keys.addAll(List.of("kind.pinned", "kind.scored", "kind.latest"));

    assertThat(keys).allSatisfy(key -> assertThat(TEXTS.containsKey(key)).as(key).isTrue());
  }

  @Test
  void everyTextIsUsed() throws IOException {
    StringBuilder users = new StringBuilder(view("related-posts.xhtml")).append(view("related-posts-panel.xhtml"));
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        users.append(Files.readString(file));
      }
    }
    // Families whose keys are completed from a value: 'kind.' + the kind, 'problem.' + the rule...
    List<String> families = List.of("kind.", "problem.", "list.", "settings.weight.");
    for (String key : TEXTS.keySet()) {
      boolean used = users.indexOf("'" + key + "'") >= 0 || users.indexOf("\"" + key + "\"") >= 0
          || families.stream().anyMatch(key::startsWith);
      assertThat(used).as(key).isTrue();
    }
  }

  @Test
  void everyTextIsAValidMessagePattern() {
    for (String key : TEXTS.keySet()) {
      String text = TEXTS.getString(key);
      assertThat(text).as(key).doesNotContain("'");
      new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1, 2, 3});
    }
  }

  @Test
  void theMoveButtonsAreTheOnesTheFocusFollows() {
    assertThat(view("related-posts-panel.xhtml"))
        .contains("id=\"" + RowFocus.MOVE_UP + "\"", "id=\"" + RowFocus.MOVE_DOWN + "\"");
  }

  @Test
  void thePanelSubmitsNothingOfTheArticle() {
    String panel = view("related-posts-panel.xhtml");

    assertThat(panel).doesNotContain("<h:form", "<form", "@form\"", "process=\"@form", "@all");
    Matcher process = Pattern.compile("process=\"([^\"]*)\"").matcher(panel);
    while (process.find()) {
      assertThat(process.group(1)).isEqualTo("@this");
    }
  }

  private static String view(String name) {
    try (InputStream in = AdminViewsTest.class.getResourceAsStream("/META-INF/resources/admin/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
