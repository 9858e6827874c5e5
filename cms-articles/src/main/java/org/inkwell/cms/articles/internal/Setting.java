package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One site-wide setting, such as the site's name. */
@Entity
@Table(name = "cms_setting")
public class Setting {

  @Id
  @Column(name = "setting_key")
  private String name;

  @Column(name = "setting_value", nullable = false)
  private String value;

  protected Setting() {}

  Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
