package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaService;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;
import org.primefaces.event.FileUploadEvent;

/**
 * The media library: upload images, find them, describe them (alt text, caption), delete them. The
 * editor's image picker shows the same list.
 */
@Named
@ViewScoped
public class MediaLibraryPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PER_PAGE = 24;

  @Inject MediaService media;
  @Inject SignedInUser me;

  private String search;
  private int page = 1;
  private MediaDetails chosen;
  private final PerRequest<ResultPage<MediaDetails>> items = new PerRequest<>();
  private String altText;
  private String caption;

  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try (InputStream content = event.getFile().getInputStream()) {
      MediaDetails uploaded = media.upload(name, content, me.actor());
      items.forget();
      Notices.success("media.uploaded", uploaded.fileName(), uploaded.width(), uploaded.height());
    } catch (InvalidInputException e) {
      Notices.error("media.refused", name, e.errors().get(0).message());
    } catch (CmsException e) {
      Notices.error("media.refused", name, e.getMessage());
    } catch (IOException e) {
      Notices.error("media.refused", name, e.getMessage());
    }
  }

  public ResultPage<MediaDetails> getItems() {
    return items.get(() -> media.list(search, new PageRequest(page, PER_PAGE), me.actor()));
  }

  public void find() {
    items.forget();
    page = 1;
  }

  public void next() {
    items.forget();
    page++;
  }

  public void previous() {
    items.forget();
    page = Math.max(1, page - 1);
  }

  public void choose(MediaDetails item) {
    chosen = item;
    altText = item.altText();
    caption = item.caption();
  }

  public void describe() {
    try {
      chosen = media.describe(chosen.id(), altText, caption, me.actor());
      items.forget();
      Notices.success("media.described", chosen.fileName());
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, Map.of("altText", "mediaDetails:altText", "caption", "mediaDetails:caption"));
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void delete() {
    try {
      media.delete(chosen.id(), me.actor());
      items.forget();
      Notices.success("media.deleted", chosen.fileName());
      chosen = null;
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  /** The smallest picture of an image that fills a grid cell. */
  public String thumbnail(MediaDetails item) {
    return variant(item, MediaVariant.THUMBNAIL);
  }

  /** The picture an article shows: large if the original is larger, else the original. */
  public String forArticle(MediaDetails item) {
    return variant(item, MediaVariant.LARGE);
  }

  private static String variant(MediaDetails item, String name) {
    List<MediaVariant> variants = item.variants();
    return variants.stream().filter(v -> v.name().equals(name)).map(MediaVariant::url).findFirst().orElse(item.url());
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getPage() {
    return page;
  }

  public MediaDetails getChosen() {
    return chosen;
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
}
