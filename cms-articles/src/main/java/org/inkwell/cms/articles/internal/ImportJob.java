package org.inkwell.cms.articles.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.inkwell.cms.articles.wordpress.ImportState;

/** One run of the WordPress importer over an uploaded file: its state, progress and counts. */
@Entity
@Table(name = "cms_import_job")
public class ImportJob {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportState state;

  @Column(name = "file_path", nullable = false)
  private String filePath;

  private String source;

  @Column(name = "progress_done", nullable = false)
  private long done;

  @Column(name = "progress_total", nullable = false)
  private long total;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "posts", column = @Column(name = "created_posts")),
    @AttributeOverride(name = "pages", column = @Column(name = "created_pages")),
    @AttributeOverride(name = "categories", column = @Column(name = "created_categories")),
    @AttributeOverride(name = "tags", column = @Column(name = "created_tags")),
    @AttributeOverride(name = "authors", column = @Column(name = "created_authors")),
    @AttributeOverride(name = "media", column = @Column(name = "created_media"))
  })
  private ImportTally created = new ImportTally();

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "posts", column = @Column(name = "updated_posts")),
    @AttributeOverride(name = "pages", column = @Column(name = "updated_pages")),
    @AttributeOverride(name = "categories", column = @Column(name = "updated_categories")),
    @AttributeOverride(name = "tags", column = @Column(name = "updated_tags")),
    @AttributeOverride(name = "authors", column = @Column(name = "updated_authors")),
    @AttributeOverride(name = "media", column = @Column(name = "updated_media"))
  })
  private ImportTally updated = new ImportTally();

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "posts", column = @Column(name = "skipped_posts")),
    @AttributeOverride(name = "pages", column = @Column(name = "skipped_pages")),
    @AttributeOverride(name = "categories", column = @Column(name = "skipped_categories")),
    @AttributeOverride(name = "tags", column = @Column(name = "skipped_tags")),
    @AttributeOverride(name = "authors", column = @Column(name = "skipped_authors")),
    @AttributeOverride(name = "media", column = @Column(name = "skipped_media"))
  })
  private ImportTally skipped = new ImportTally();

  @Column(name = "problem_count", nullable = false)
  private int problemCount;

  private String failure;

  @Column(name = "started_by_id", nullable = false)
  private long startedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ImportJob() {}

  ImportJob(String filePath, long startedBy, Instant at) {
    this.state = ImportState.QUEUED;
    this.filePath = filePath;
    this.startedBy = startedBy;
    this.createdAt = at;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public ImportState getState() {
    return state;
  }

  void setState(ImportState state, Instant at) {
    this.state = state;
    this.updatedAt = at;
  }

  public String getFilePath() {
    return filePath;
  }

  public String getSource() {
    return source;
  }

  void setSource(String source) {
    this.source = source;
  }

  public long getDone() {
    return done;
  }

  void advance(long entries, Instant at) {
    done = Math.min(total, done + entries);
    updatedAt = at;
  }

  public long getTotal() {
    return total;
  }

  void setTotal(long total) {
    this.total = total;
  }

  ImportTally getCreated() {
    return created;
  }

  ImportTally getUpdated() {
    return updated;
  }

  ImportTally getSkipped() {
    return skipped;
  }

  public int getProblemCount() {
    return problemCount;
  }

  void countProblem() {
    problemCount++;
  }

  public String getFailure() {
    return failure;
  }

  void fail(String failure, Instant at) {
    this.failure = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
    setState(ImportState.FAILED, at);
  }

  public long getStartedBy() {
    return startedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
