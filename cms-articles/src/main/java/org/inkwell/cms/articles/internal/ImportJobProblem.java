package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something of an import's file that did not come over as it was: which item, and why. */
@Entity
@Table(name = "cms_import_problem")
public class ImportJobProblem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Column(nullable = false)
  private String item;

  @Column(nullable = false)
  private String message;

  /** The article or page the item became, for the report to lead to it; else null. */
  @Column(name = "content_id")
  private Long contentId;

  @Column(name = "content_page")
  private Boolean contentPage;

  protected ImportJobProblem() {}

  ImportJobProblem(long jobId, String item, String message) {
    this.jobId = jobId;
    this.item = cut(item, 300);
    this.message = cut(message, 1000);
  }

  ImportJobProblem about(Content content) {
    this.contentId = content.getId();
    this.contentPage = content instanceof Page;
    return this;
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max - 1) + "…" : s;
  }

  public String getItem() {
    return item;
  }

  public String getMessage() {
    return message;
  }

  public Long getContentId() {
    return contentId;
  }

  public boolean isContentPage() {
    return Boolean.TRUE.equals(contentPage);
  }
}
