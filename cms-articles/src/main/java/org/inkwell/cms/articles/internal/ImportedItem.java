package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Where an item of a WordPress site went: its local row, what the source said when it was last
 * imported (a fingerprint) and the local version right after, which tells a local edit since.
 */
@Entity
@Table(name = "cms_import_item")
@NamedQuery(
    name = ImportedItem.FIND,
    query = "select i from ImportedItem i where i.source = :source and i.kind = :kind and i.wpId = :wpId")
public class ImportedItem {

  static final String FIND = "ImportedItem.find";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportedKind kind;

  @Column(name = "wp_id", nullable = false)
  private String wpId;

  @Column(name = "local_id", nullable = false)
  private long localId;

  @Column(nullable = false)
  private String fingerprint;

  @Column(name = "local_version")
  private Long localVersion;

  protected ImportedItem() {}

  ImportedItem(String source, ImportedKind kind, String wpId, long localId) {
    this.source = source;
    this.kind = kind;
    this.wpId = wpId;
    this.localId = localId;
  }

  public ImportedKind getKind() {
    return kind;
  }

  public long getLocalId() {
    return localId;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Long getLocalVersion() {
    return localVersion;
  }

  /** Points the item at another local row (its former one was deleted here). */
  void mapTo(long localId) {
    this.localId = localId;
  }

  /** Records what was imported now and the local version it left. */
  void imported(String fingerprint, Long localVersion) {
    this.fingerprint = fingerprint;
    this.localVersion = localVersion;
  }
}
