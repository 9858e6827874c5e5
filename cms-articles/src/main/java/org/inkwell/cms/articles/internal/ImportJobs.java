package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inkwell.cms.articles.wordpress.ImportProblem;
import org.inkwell.cms.articles.wordpress.ImportProblem.ImportedContent;
import org.inkwell.cms.articles.wordpress.ImportReport;
import org.inkwell.cms.articles.wordpress.ImportState;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/** The lives of import jobs, each step in a transaction of its own so that progress shows at once. */
@ApplicationScoped
@Transactional
public class ImportJobs {

  @Inject ImportJobRepository jobs;

  public ImportReport create(String filePath, long startedBy) {
    ImportJob job = new ImportJob(filePath, startedBy, now());
    jobs.save(job);
    jobs.flush();
    return report(job);
  }

  public Optional<ImportReport> find(long id) {
    return jobs.find(id).map(this::report);
  }

  public ResultPage<ImportReport> list(PageRequest page) {
    List<ImportReport> reports = jobs.list(page.offset(), page.perPage()).stream().map(this::report).toList();
    return new ResultPage<>(reports, jobs.count(), page);
  }

  /** Marks the job running; returns the file to read, or empty when it is not queued (any more). */
  public Optional<String> begin(long id) {
    return jobs.find(id)
        .filter(job -> job.getState() == ImportState.QUEUED)
        .map(job -> {
          job.setState(ImportState.RUNNING, now());
          return job.getFilePath();
        });
  }

  public void measured(long id, String source, long total) {
    ImportJob job = jobs.find(id).orElseThrow();
    job.setSource(source);
    job.setTotal(total);
  }

  public void finish(long id) {
    jobs.find(id).orElseThrow().setState(ImportState.DONE, now());
  }

  public void fail(long id, String reason) {
    jobs.find(id).orElseThrow().fail(reason, now());
  }

  /** An entry that could not be written: counted as read, and named with the reason. */
  public void unwritable(long id, String item, String reason) {
    ImportJob job = jobs.find(id).orElseThrow();
    ImportProblems.record(jobs, job, item, reason);
    job.advance(1, now());
  }

  /**
   * Fails the jobs a stopped server left queued or running: nothing runs them any more, and running
   * the same file again completes what they did not.
   *
   * @return their uploaded files, which no job reads any more
   */
  public List<String> failInterrupted() {
    List<ImportJob> interrupted = jobs.findInState(List.of(ImportState.QUEUED, ImportState.RUNNING));
    interrupted.forEach(job ->
        job.fail("the server stopped during the import; run the same file again to complete it", now()));
    return interrupted.stream().map(ImportJob::getFilePath).toList();
  }

  private ImportReport report(ImportJob job) {
    List<ImportProblem> problems = new ArrayList<>();
    if (job.getId() != null && job.getProblemCount() > 0) {
      jobs.problems(job.getId()).forEach(p -> problems.add(new ImportProblem(p.getItem(), p.getMessage(),
          p.getContentId() == null ? null : new ImportedContent(p.getContentId(), p.isContentPage()))));
      int unlisted = job.getProblemCount() - problems.size();
      if (unlisted > 0) {
        problems.add(new ImportProblem("(more)", unlisted + " more problems are not listed"));
      }
    }
    return new ImportReport(
        job.getId(),
        job.getState(),
        job.getDone(),
        job.getTotal(),
        job.getCreated().counts(),
        job.getUpdated().counts(),
        job.getSkipped().counts(),
        List.copyOf(problems),
        job.getSource(),
        job.getFailure(),
        job.getCreatedAt(),
        job.getUpdatedAt());
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
