package org.inkwell.cms.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.articles.wordpress.ImportCounts;
import org.inkwell.cms.articles.wordpress.ImportOptions;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.articles.wordpress.ImportService;
import org.inkwell.cms.articles.wordpress.ImportState;
import org.inkwell.cms.articles.wordpress.ImportUpload;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.PayloadTooLargeException;
import org.inkwell.cms.core.ResultPage;
import org.primefaces.event.FileUploadEvent;

/**
 * Administrators bring a WordPress site in: upload its export file, see what it holds and who wrote
 * it, choose a user here for each of its authors and whether to download its media, start, follow
 * the import, read its report. Past imports are listed beside it.
 *
 * <p>An upload the admin does not start is deleted when they upload another file on this screen,
 * when the view ends (their session ends or the view is dropped), else by the service after an
 * hour.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FILE_INPUT = "upload:file";
  private static final int PAST = 20;

  @Inject ImportService imports;
  @Inject UserService users;
  @Inject SignedInUser me;

  private ImportUpload upload;
  private String fileName;
  /** Who uploaded it: the view may end after the request that knew them. */
  private Actor uploader;
  private final Map<String, Long> authors = new HashMap<>();
  private boolean downloadMedia = true;
  private Long jobId;
  private final PerRequest<ImportReport> job = new PerRequest<>();
  private final PerRequest<ResultPage<ImportReport>> past = new PerRequest<>();
  private final PerRequest<List<UserDetails>> people = new PerRequest<>();

  /** A past import's report is at {@code import.xhtml?id=…}. */
  @PostConstruct
  void openReport() {
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("[0-9]{1,18}")) {
      jobId = Long.valueOf(id);
    }
  }

  public void upload(FileUploadEvent event) {
    discardUpload();
    jobId = null;
    job.forget();
    String name = event.getFile().getFileName();
    try (InputStream content = event.getFile().getInputStream()) {
      upload = imports.upload(content, me.actor());
      fileName = name;
      uploader = me.actor();
      downloadMedia = true;
    } catch (InvalidInputException e) {
      Notices.errorAt(FILE_INPUT, "import.refused", name, e.errors().get(0).message());
    } catch (PayloadTooLargeException e) {
      Notices.errorAt(FILE_INPUT, "import.tooLarge", name, getMaxMegabytes());
    } catch (CmsException e) {
      Notices.errorAt(FILE_INPUT, "import.refused", name, e.getMessage());
    } catch (IOException e) {
      Notices.errorAt(FILE_INPUT, "import.refused", name, e.getMessage());
    }
  }

  public void start() {
    if (upload == null) {
      return;
    }
    try {
      ImportReport started = imports.start(upload.id(), new ImportOptions(downloadMedia, authors), me.actor());
      jobId = started.id();
      refresh();
      Notices.success("import.started", fileName);
      forgetUpload();
    } catch (InvalidInputException e) {
      Notices.error("import.notStarted", e.errors().get(0).message());
    } catch (ContentNotFoundException e) {
      Notices.error("import.uploadGone", fileName);
      forgetUpload();
    } catch (CmsException e) {
      Notices.error("import.notStarted", e.getMessage());
    }
  }

  public void cancel() {
    discardUpload();
  }

  /** What the poll calls: each request reads the job again. */
  public void refresh() {
    job.forget();
    past.forget();
  }

  @PreDestroy
  void discardUpload() {
    if (upload != null && uploader != null) {
      try {
        imports.discard(upload.id(), uploader);
      } catch (RuntimeException e) {
        // the service deletes it after a while anyway
      }
    }
    forgetUpload();
  }

  private void forgetUpload() {
    upload = null;
    fileName = null;
    authors.clear();
  }

  public ImportUpload getUpload() {
    return upload;
  }

  public String getFileName() {
    return fileName;
  }

  /** The users a source author can be given to, by login. */
  public List<UserDetails> getUsers() {
    return people.get(() -> users.list(me.actor()).stream().sorted(Comparator.comparing(UserDetails::login)).toList());
  }

  /** The chosen user of each source login; no entry: matched by login or created, as always. */
  public Map<String, Long> getAuthors() {
    return authors;
  }

  public boolean isDownloadMedia() {
    return downloadMedia;
  }

  public void setDownloadMedia(boolean downloadMedia) {
    this.downloadMedia = downloadMedia;
  }

  public Long getJobId() {
    return jobId;
  }

  /** The import started here or named by the address; {@code null} when there is none. */
  public ImportReport getJob() {
    return jobId == null ? null : job.get(() -> {
      try {
        return imports.find(jobId, me.actor());
      } catch (ContentNotFoundException e) {
        return null;
      }
    });
  }

  public boolean isRunning() {
    ImportReport report = getJob();
    return report != null && (report.state() == ImportState.QUEUED || report.state() == ImportState.RUNNING);
  }

  /** Done out of total, in whole percent. */
  public long getPercent() {
    ImportReport report = getJob();
    return report == null || report.total() == 0 ? 0 : Math.min(100, report.done() * 100 / report.total());
  }

  /** The time left in words, or {@code ""} while it cannot be told. */
  public String getEta() {
    ImportReport report = getJob();
    if (!isRunning()) {
      return "";
    }
    return ImportEta.remaining(report.done(), report.total(), report.createdAt(), Instant.now()).map(ImportEta::words).orElse("");
  }

  /** One row per kind of item: created, updated, skipped. */
  public List<CountRow> countRows(ImportReport report) {
    ImportCounts c = report.created();
    ImportCounts u = report.updated();
    ImportCounts s = report.skipped();
    return List.of(
        new CountRow("import.kind.posts", c.posts(), u.posts(), s.posts()),
        new CountRow("import.kind.pages", c.pages(), u.pages(), s.pages()),
        new CountRow("import.kind.categories", c.categories(), u.categories(), s.categories()),
        new CountRow("import.kind.tags", c.tags(), u.tags(), s.tags()),
        new CountRow("import.kind.authors", c.authors(), u.authors(), s.authors()),
        new CountRow("import.kind.media", c.media(), u.media(), s.media()));
  }

  /** The posts and pages a past import created, for its line in the list. */
  public int createdContent(ImportReport report) {
    return report.created().posts() + report.created().pages();
  }

  public List<ImportReport> getPast() {
    return past.get(() -> imports.list(new PageRequest(1, PAST), me.actor())).items();
  }

  public long getMaxMegabytes() {
    return imports.maxFileBytes() / (1024 * 1024);
  }

  public long getMaxBytes() {
    return imports.maxFileBytes();
  }

  /** A line of the counts table: the kind's message key and its numbers. */
  public record CountRow(String kind, int created, int updated, int skipped) {}
}
