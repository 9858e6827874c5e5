package org.inkwell.cms.articles.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An address an imported item had on its WordPress site ({@link
 * org.inkwell.cms.articles.wordpress.OldAddress}), answered with a redirect to where it lives now.
 */
@Entity
@Table(name = "cms_old_permalink")
public class OldPermalink {

  @Id private String address;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id")
  private ImportedItem item;

  protected OldPermalink() {}

  OldPermalink(String address, ImportedItem item) {
    this.address = address;
    this.item = item;
  }

  public String getAddress() {
    return address;
  }

  public ImportedItem getItem() {
    return item;
  }

  /** The address now leads to another item: the site imported last is the one readers come from. */
  void pointAt(ImportedItem item) {
    this.item = item;
  }
}
