package org.inkwell.cms.articles.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An uploaded image of the media library; its files are in {@link MediaDirectory}. */
@Entity
@Table(name = "cms_media")
public class Media {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Concurrent edits of the texts surface as conflicts instead of overwriting each other. */
  @Version private long version;

  /** Upload month's folder under the media directory, e.g. {@code 2026/05}. */
  @Column(nullable = false)
  private String folder;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(nullable = false)
  private int width;

  @Column(nullable = false)
  private int height;

  @Column(nullable = false)
  private long bytes;

  @Column(name = "alt_text")
  private String altText;

  private String caption;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "uploaded_by_id")
  private User uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @ElementCollection
  @CollectionTable(name = "cms_media_variant", joinColumns = @JoinColumn(name = "media_id"))
  @OrderColumn(name = "sort_order")
  private List<StoredVariant> variants = new ArrayList<>();

  protected Media() {}

  Media(String folder, String fileName, String mediaType, int width, int height, long bytes, User uploadedBy, Instant uploadedAt) {
    this.folder = folder;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.width = width;
    this.height = height;
    this.bytes = bytes;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** Every file of this image, original first, relative to the media directory. */
  List<String> filePaths() {
    List<String> paths = new ArrayList<>();
    paths.add(folder + "/" + fileName);
    variants.stream().map(v -> folder + "/" + v.getFileName()).distinct().forEach(paths::add);
    return paths;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getFolder() {
    return folder;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public long getBytes() {
    return bytes;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public User getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public List<StoredVariant> getVariants() {
    return variants;
  }
}
