package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.SiteAddress;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsService;
import org.inkwell.cms.articles.menu.MenuLocation;
import org.inkwell.cms.articles.wordpress.ExportService;
import org.inkwell.cms.articles.wordpress.SiteExport;
import org.inkwell.cms.articles.wordpress.export.ExportedAuthor;
import org.inkwell.cms.articles.wordpress.export.ExportedCategory;
import org.inkwell.cms.articles.wordpress.export.ExportedMedia;
import org.inkwell.cms.articles.wordpress.export.ExportedMenuItem;
import org.inkwell.cms.articles.wordpress.export.ExportedPost;
import org.inkwell.cms.articles.wordpress.export.ExportedTag;
import org.inkwell.cms.articles.wordpress.export.WxrSite;
import org.inkwell.cms.articles.wordpress.export.WxrWriter;
import org.inkwell.cms.core.Slug;

/**
 * Writes the site out through {@link WxrWriter}, reading it in batches of {@value #BATCH} with
 * {@link ExportReads}. Not transactional itself: writing to a slow reader must hold no transaction.
 */
@ApplicationScoped
public class DefaultExportService implements ExportService {

  static final int BATCH = 100;

  @Inject ExportReads reads;
  @Inject SiteSettingsService settings;
  @Inject SiteAddress address;

  @Override
  public SiteExport export(String readersAddress, Actor actor) {
    Permissions.requireAdmin(actor, "export the site");
    SiteSettings site = settings.settings();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    WxrSite wxr = new WxrSite(site.name(), site.tagline(), address.resolve(readersAddress), site.timeZone(), now);
    String fileName = Slug.fromTitle(site.name()).value() + "-" + LocalDate.ofInstant(now, site.timeZone()) + ".xml";
    return new SiteExport() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        write(out, wxr);
      }
    };
  }

  /** Closes the channel only when all went well: a file cut short must not look whole. */
  private void write(OutputStream out, WxrSite site) throws IOException {
    WxrWriter wxr = WxrWriter.open(out, site);
    inBatches(reads::authors, ExportedAuthor::id, wxr::author);
    for (ExportedCategory category : reads.categories()) {
      wxr.category(category);
    }
    inBatches(reads::tags, ExportedTag::id, wxr::tag);
    List<MenuLocation> menus = Arrays.stream(MenuLocation.values()).filter(l -> !reads.menu(l).isEmpty()).toList();
    for (MenuLocation location : menus) {
      wxr.menu(location);
    }
    inBatches(reads::posts, ExportedPost::id, wxr::post);
    inBatches(reads::media, ExportedMedia::id, wxr::media);
    for (MenuLocation location : menus) {
      for (ExportedMenuItem item : reads.menu(location)) {
        wxr.menuItem(item);
      }
    }
    wxr.close();
  }

  private interface Batches<T> {
    List<T> after(long id, int limit);
  }

  private interface Writing<T> {
    void write(T entry) throws IOException;
  }

  private static <T> void inBatches(Batches<T> batches, ToLongFunction<T> id, Writing<T> writing) throws IOException {
    long after = 0;
    for (List<T> batch = batches.after(after, BATCH); !batch.isEmpty(); batch = batches.after(after, BATCH)) {
      for (T entry : batch) {
        writing.write(entry);
      }
      after = id.applyAsLong(batch.get(batch.size() - 1));
    }
  }
}
