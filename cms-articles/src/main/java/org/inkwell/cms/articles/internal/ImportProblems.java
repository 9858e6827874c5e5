package org.inkwell.cms.articles.internal;

/** Records the problems of an import job. */
final class ImportProblems {

  /** Problems listed per job: a file of a million odd items must not fill the database with them. */
  static final int MAX_LISTED = 1000;

  private ImportProblems() {}

  /** Lists a problem of the job, up to {@link #MAX_LISTED}, and counts every one. */
  static void record(ImportJobRepository jobs, ImportJob job, String item, String message) {
    record(jobs, job, new ImportJobProblem(job.getId(), item, message));
  }

  /** As {@link #record(ImportJobRepository, ImportJob, String, String)}, about written content. */
  static void record(ImportJobRepository jobs, ImportJob job, String item, String message, Content content) {
    record(jobs, job, new ImportJobProblem(job.getId(), item, message).about(content));
  }

  private static void record(ImportJobRepository jobs, ImportJob job, ImportJobProblem problem) {
    if (job.getProblemCount() < MAX_LISTED) {
      jobs.save(problem);
    }
    job.countProblem();
  }
}
