package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the change journal: a content event that a committed transaction fired. */
@Entity
@Table(name = "cms_change")
@NamedQuery(name = ChangeRecord.AFTER, query = "select c from ChangeRecord c where c.id > :id order by c.id")
@NamedQuery(name = ChangeRecord.NEWEST, query = "select coalesce(max(c.id), 0) from ChangeRecord c")
@NamedQuery(name = ChangeRecord.OLDEST, query = "select min(c.id) from ChangeRecord c")
@NamedQuery(
    name = ChangeRecord.COUNT_OF_TYPE_AFTER,
    query = "select count(c) from ChangeRecord c where c.id > :id and c.eventType = :type")
// By id, not by time, so what is left is always every row after some id (the nodes' clocks may
// differ), and never the newest row, so that the ids the journal reached stay known.
@NamedQuery(
    name = ChangeRecord.PRUNE,
    query = "delete from ChangeRecord c where c.id <= (select max(o.id) from ChangeRecord o where o.recordedAt < :before)"
        + " and c.id < (select max(n.id) from ChangeRecord n)")
public class ChangeRecord {

  static final String AFTER = "ChangeRecord.after";
  static final String NEWEST = "ChangeRecord.newest";
  static final String OLDEST = "ChangeRecord.oldest";
  static final String COUNT_OF_TYPE_AFTER = "ChangeRecord.countOfTypeAfter";
  static final String PRUNE = "ChangeRecord.prune";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String node;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(nullable = false)
  private String payload;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ChangeRecord() {}

  ChangeRecord(String node, String eventType, String payload, Instant recordedAt) {
    this.node = node;
    this.eventType = eventType;
    this.payload = payload;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNode() {
    return node;
  }

  public String getEventType() {
    return eventType;
  }

  public String getPayload() {
    return payload;
  }
}
