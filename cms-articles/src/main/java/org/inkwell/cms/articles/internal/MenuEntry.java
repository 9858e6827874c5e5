package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.menu.MenuTarget;
import org.inkwell.cms.articles.menu.MenuTarget.Kind;

/** One stored menu item; {@code parentPosition} is set for an item under another. */
@Entity
@Table(name = "cms_menu_item")
public class MenuEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String location;

  @Column(nullable = false)
  private int position;

  @Column(name = "parent_position")
  private Integer parentPosition;

  @Column(nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind", nullable = false)
  private Kind targetKind;

  @Column(name = "target_id")
  private Long targetId;

  private String url;

  protected MenuEntry() {}

  MenuEntry(MenuLocation location, int position, Integer parentPosition, String label, MenuTarget target) {
    this.location = location.id();
    this.position = position;
    this.parentPosition = parentPosition;
    this.label = label;
    this.targetKind = target.kind();
    this.targetId = target.id();
    this.url = target.url();
  }

  int position() {
    return position;
  }

  Integer parentPosition() {
    return parentPosition;
  }

  String label() {
    return label;
  }

  MenuTarget target() {
    return new MenuTarget(targetKind, targetId, url);
  }
}
