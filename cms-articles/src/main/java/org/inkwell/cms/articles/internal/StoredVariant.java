package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A resized copy of a {@link Media} image, stored beside the original. */
@Embeddable
public class StoredVariant {

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  protected StoredVariant() {}

  StoredVariant(String name, int width, int height, String fileName) {
    this.name = name;
    this.width = width;
    this.height = height;
    this.fileName = fileName;
  }

  public String getName() {
    return name;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public String getFileName() {
    return fileName;
  }
}
