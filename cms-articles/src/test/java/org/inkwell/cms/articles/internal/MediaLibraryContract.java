package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaFiles;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.PayloadTooLargeException;
import org.inkwell.cms.core.ResultPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The media library as the server runs it, minus the container: the real migration, mappings,
 * queries and files, every call in a transaction of its own whose outcome reaches the file
 * clean-up as JTA would deliver it. Run for H2 and for PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MediaLibraryContract {

  private static final long MAX_BYTES = 1024 * 1024;

  TestDatabase db;
  /** Like the test databases, under target/ where a failed run can be looked at. */
  private final Path dataDir = Path.of("target", "it-data", "media-" + UUID.randomUUID()).toAbsolutePath();
  private MediaDirectory files;
  private final MediaFileCleanup cleanup = new MediaFileCleanup();
  private Actor author;
  private Actor otherAuthor;
  private Actor editor;
  private Actor contributor;

  abstract TestDatabase database() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    db = database().migrate();
    files = MediaDirectory.under(dataDir);
    cleanup.files = files;
    author = user(Role.AUTHOR);
    otherAuthor = user(Role.AUTHOR);
    editor = user(Role.EDITOR);
    contributor = user(Role.CONTRIBUTOR);
  }

  @AfterAll
  void drop() throws Exception {
    db.close();
  }

  /** Runs one service call in a transaction: committed if it returns, rolled back if it throws. */
  private <T> T call(Function<DefaultMediaService, T> work) {
    RecordingTransactions transaction = new RecordingTransactions();
    cleanup.transactions = transaction;
    try {
      T result = db.inTransaction(em -> work.apply(service(em)));
      transaction.commit();
      return result;
    } catch (RuntimeException e) {
      transaction.rollBack();
      throw e;
    }
  }

  private DefaultMediaService service(EntityManager em) {
    DefaultMediaService service = new DefaultMediaService();
    service.media = new MediaRepository(em);
    service.users = new UserRepository(em);
    service.files = files;
    service.cleanup = cleanup;
    service.maxBytes = MAX_BYTES;
    return service;
  }

  private MediaDetails upload(String name, byte[] content, Actor actor) {
    return call(s -> s.upload(name, new ByteArrayInputStream(content), actor));
  }

  private Optional<ImageSize> sizeOf(String url) {
    return call(s -> s.sizeOf(url));
  }

  private boolean stored(String url) {
    return files.find(url.substring(MediaFiles.URL_PREFIX.length())).isPresent();
  }

  private long storedFiles() {
    try (Stream<Path> all = Files.walk(dataDir)) {
      return all.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anAuthorUploadsAnImageWithItsVariants() {
    MediaDetails image = upload("Morning Run.PNG", TestImages.png(1200, 800), author);

    assertThat(image.fileName()).matches("morning-run-[a-z0-9]{6}\\.png");
    assertThat(image.mediaType()).isEqualTo("image/png");
    assertThat(image.width()).isEqualTo(1200);
    assertThat(image.height()).isEqualTo(800);
    assertThat(image.bytes()).isEqualTo(TestImages.png(1200, 800).length);
    assertThat(image.uploadedBy().login()).isEqualTo(author.login());
    assertThat(image.altText()).isNull();
    String folder = MediaDirectory.folderFor(Instant.now());
    assertThat(image.url()).isEqualTo(MediaFiles.URL_PREFIX + folder + "/" + image.fileName());
    assertThat(image.variants())
        .extracting(v -> v.name() + " " + v.width() + "x" + v.height())
        .containsExactly("thumbnail 150x150", "medium 300x200", "medium_large 768x512", "large 1024x683");
    assertThat(stored(image.url())).isTrue();
    assertThat(image.variants()).extracting(MediaVariant::url).allMatch(this::stored);

    MediaDetails read = call(s -> s.find(image.id(), contributor));
    assertThat(read).isEqualTo(image);
  }

  @Test
  void pagesReadTheSizeOfAnOriginalOrVariantByItsUrl() {
    MediaDetails image = upload("wide.png", TestImages.png(1200, 800), author);
    MediaVariant medium = image.variants().stream().filter(v -> v.name().equals(MediaVariant.MEDIUM)).findFirst().orElseThrow();

    assertThat(sizeOf(image.url())).contains(new ImageSize(1200, 800));
    assertThat(sizeOf(medium.url())).contains(new ImageSize(300, 200));
    String other = image.url().replace("/wide-", "/narrow-");
    for (String url : new String[] {other, "/media/demo/wide.svg", "https://example.com/wide.png", "/media/uploads/x.png", "", null}) {
      assertThat(sizeOf(url)).as(url).isEmpty();
    }
  }

  @Test
  void theTypeComesFromTheContentNotTheName() {
    MediaDetails jpeg = upload("holiday.gif", TestImages.jpeg(200, 100), author);
    assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
    assertThat(jpeg.fileName()).matches("holiday-[a-z0-9]{6}\\.jpg");

    long before = storedFiles();
    assertThatThrownBy(() -> upload("x.png", "not an image at all".getBytes(StandardCharsets.UTF_8), author))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(err -> err.field() + ": " + err.message())
            .containsExactly("file: is not an image (JPEG, PNG, GIF or WebP)"));
    assertThat(storedFiles()).as("nothing kept of a refused upload").isEqualTo(before);
  }

  @Test
  void uploadsOverTheLimitAreRefused() {
    assertThatThrownBy(() -> upload("big.png", new byte[(int) MAX_BYTES + 1], author))
        .isInstanceOf(PayloadTooLargeException.class);
  }

  @Test
  void contributorsAndAnonymousReadersCannotUploadAndTheirBodiesAreNotRead() {
    InputStream unreadable = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the body of a refused upload was read");
      }
    };
    assertThatThrownBy(() -> call(s -> s.upload("a.png", unreadable, contributor))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> call(s -> s.upload("a.png", unreadable, Actor.ANONYMOUS)))
        .isInstanceOf(NotAuthenticatedException.class);
    assertThatThrownBy(() -> call(s -> s.list(null, null, Actor.ANONYMOUS))).isInstanceOf(NotAuthenticatedException.class);
  }

  @Test
  void anUploadWhoseTransactionRollsBackLeavesNoFiles() {
    long before = storedFiles();
    RecordingTransactions transaction = new RecordingTransactions();
    cleanup.transactions = transaction;

    assertThatThrownBy(() -> db.inTransaction(em -> {
      service(em).upload("doomed.png", new ByteArrayInputStream(TestImages.png(400, 300)), author);
      assertThat(storedFiles()).as("files written before the row").isGreaterThan(before);
      throw new IllegalStateException("the insert failed");
    })).hasMessage("the insert failed");
    transaction.rollBack();

    assertThat(storedFiles()).isEqualTo(before);
  }

  @Test
  void editorsDescribeAnyImageAuthorsOnlyTheirOwn() {
    MediaDetails image = upload("dawn.jpg", TestImages.jpeg(400, 300), author);

    MediaDetails described = call(s -> s.describe(image.id(), "  A runner at dawn ", "By the lake", author));
    assertThat(described.altText()).isEqualTo("A runner at dawn");
    assertThat(described.caption()).isEqualTo("By the lake");

    MediaDetails captionCleared = call(s -> s.describe(image.id(), null, " ", editor));
    assertThat(captionCleared.altText()).as("null leaves it").isEqualTo("A runner at dawn");
    assertThat(captionCleared.caption()).as("blank clears it").isNull();

    assertThatThrownBy(() -> call(s -> s.describe(image.id(), "mine now", null, otherAuthor)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> call(s -> s.describe(image.id(), "x".repeat(501), "y".repeat(2001), editor)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(err -> err.field() + ": " + err.message())
            .containsExactly("altText: must be at most 500 characters", "caption: must be at most 2000 characters"));
    assertThat(call(s -> s.find(image.id(), editor)).altText()).isEqualTo("A runner at dawn");
  }

  @Test
  void deletingRemovesTheRowAndThenTheFiles() {
    MediaDetails image = upload("gone.png", TestImages.png(400, 300), author);
    assertThatThrownBy(() -> call(s -> {
      s.delete(image.id(), otherAuthor);
      return null;
    })).isInstanceOf(AccessDeniedException.class);

    call(s -> {
      s.delete(image.id(), editor);
      assertThat(stored(image.url())).as("still served until the deletion commits").isTrue();
      return null;
    });

    assertThat(stored(image.url())).isFalse();
    assertThat(image.variants()).extracting(MediaVariant::url).noneMatch(this::stored);
    assertThatThrownBy(() -> call(s -> s.find(image.id(), editor))).isInstanceOf(ContentNotFoundException.class);
  }

  @Test
  void theListIsNewestFirstPagedAndFilteredByNameAltTextAndCaption() {
    String run = unique();
    MediaDetails first = upload("first " + run + ".png", TestImages.png(20, 20), author);
    MediaDetails second = upload("second " + run + ".png", TestImages.png(20, 20), author);
    MediaDetails third = upload("third.png", TestImages.png(20, 20), editor);
    call(s -> s.describe(third.id(), "Sunrise over " + run, "100%_sure", editor));

    ResultPage<MediaDetails> byName = call(s -> s.list("SECOND " + run, new PageRequest(1, 10), author));
    assertThat(byName.items()).extracting(MediaDetails::id).containsExactly(second.id());

    ResultPage<MediaDetails> all = call(s -> s.list(run, new PageRequest(1, 2), author));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items()).extracting(MediaDetails::id).containsExactly(third.id(), second.id());
    ResultPage<MediaDetails> next = call(s -> s.list(run, new PageRequest(2, 2), author));
    assertThat(next.items()).extracting(MediaDetails::id).containsExactly(first.id());

    assertThat(call(s -> s.list("sunrise " + run, null, contributor)).items()).extracting(MediaDetails::id).containsExactly(third.id());
    assertThat(call(s -> s.list("100%_", null, author)).items()).extracting(MediaDetails::id).containsExactly(third.id());
    assertThat(call(s -> s.list("0%x", null, author)).items()).as("% and _ are plain characters").isEmpty();
    assertThat(call(s -> s.list(" ", new PageRequest(1, 100), author)).total()).isGreaterThanOrEqualTo(3);
  }

  private Actor user(Role role) {
    String login = role.wireName() + "-" + unique();
    User user = db.inTransaction(em -> {
      User u = new User(login, "Test " + login, role, "hash", Instant.now());
      em.persist(u);
      return u;
    });
    return new Actor(user.getId(), login, role);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
