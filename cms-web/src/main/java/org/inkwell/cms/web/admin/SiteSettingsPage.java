package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inkwell.cms.articles.MediaDetails;
import org.inkwell.cms.articles.MediaService;
import org.inkwell.cms.articles.MediaVariant;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.articles.SiteSettingsService;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.web.site.SiteConfig;

/** Administrators set what the whole site shows: its name, address, time zone, images and indexing. */
@Named
@ViewScoped
public class SiteSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int IMAGES_OFFERED = PageRequest.MAX_PER_PAGE;
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
  private static final Map<String, String> INPUTS = Map.of(
      "name", "settings:name", "tagline", "settings:tagline", "address", "settings:address",
      "timeZone", "settings:timeZone", "perPage", "settings:perPage", "socialImageId", "settings:socialImage",
      "iconId", "settings:icon");

  @Inject SiteSettingsService site;
  @Inject MediaService media;
  @Inject SiteConfig config;
  @Inject SignedInUser me;

  private String name;
  private String tagline;
  private String address;
  private String timeZone;
  private Integer perPage;
  private Long socialImageId;
  private Long iconId;
  private boolean discourageSearchEngines;
  private final PerRequest<List<MediaDetails>> images = new PerRequest<>();

  public void load() {
    SiteSettingsInput current = SiteSettingsInput.of(site.settings());
    name = current.name();
    tagline = current.tagline();
    address = current.address();
    timeZone = current.timeZone();
    perPage = current.perPage();
    socialImageId = current.socialImageId();
    iconId = current.iconId();
    discourageSearchEngines = current.discourageSearchEngines();
  }

  public void save() {
    try {
      SiteSettings saved = site.update(new SiteSettingsInput(name, tagline, address, timeZone, perPage, socialImageId, iconId,
          discourageSearchEngines), me.actor());
      Notices.success("settings.saved", saved.name());
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, INPUTS);
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  /** The newest images, and the ones the settings have even if older: a select must offer its value. */
  public List<MediaDetails> getImages() {
    return images.get(() -> {
      List<MediaDetails> offered = new ArrayList<>(media.list(null, new PageRequest(1, IMAGES_OFFERED), me.actor()).items());
      SiteSettings current = site.settings();
      Stream.of(current.socialImage(), current.icon())
          .filter(image -> image != null && offered.stream().noneMatch(o -> o.id() == image.id()))
          .forEach(offered::add);
      return offered;
    });
  }

  /** The thumbnail of one of the offered images (the image itself when it is small), or {@code null}. */
  public String thumbnailOf(Long id) {
    return getImages().stream()
        .filter(image -> id != null && image.id() == id)
        .findFirst()
        .map(image -> image.variants().stream()
            .filter(v -> v.name().equals(MediaVariant.THUMBNAIL))
            .findFirst()
            .map(MediaVariant::url)
            .orElse(image.url()))
        .orElse(null);
  }

  /** The address that wins over the setting, or {@code null}. */
  public String getConfiguredUrl() {
    return config.configuredUrl().orElse(null);
  }

  public List<String> getZones() {
    return ZONES;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getPerPage() {
    return perPage;
  }

  public void setPerPage(Integer perPage) {
    this.perPage = perPage;
  }

  public Long getSocialImageId() {
    return socialImageId;
  }

  public void setSocialImageId(Long socialImageId) {
    this.socialImageId = socialImageId;
  }

  public Long getIconId() {
    return iconId;
  }

  public void setIconId(Long iconId) {
    this.iconId = iconId;
  }

  public boolean isDiscourageSearchEngines() {
    return discourageSearchEngines;
  }

  public void setDiscourageSearchEngines(boolean discourageSearchEngines) {
    this.discourageSearchEngines = discourageSearchEngines;
  }
}
