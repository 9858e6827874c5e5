package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicReference;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.SiteSettings;
import org.inkwell.cms.articles.SiteSettingsInput;
import org.inkwell.cms.articles.SiteSettingsService;
import org.inkwell.cms.core.event.SiteSettingsChanged;

/**
 * Keeps the settings in memory: every public request reads them (the site's address comes before
 * the page cache). Reads need no transaction; only a change does.
 */
@ApplicationScoped
public class DefaultSiteSettingsService implements SiteSettingsService {

  /** The settings as read at one generation; a change starts the next, so a read begun before it is not kept. */
  private record Known(long generation, SiteSettings settings) {}

  @Inject SiteSettingsStore store;
  @Inject AfterCommitEvents events;

  private final AtomicReference<Known> known = new AtomicReference<>(new Known(0, null));

  @Override
  public SiteSettings settings() {
    Known seen = known.get();
    if (seen.settings() != null) {
      return seen.settings();
    }
    SiteSettings read = store.read();
    known.compareAndSet(seen, new Known(seen.generation(), read));
    return read;
  }

  @Override
  @Transactional
  public SiteSettings update(SiteSettingsInput input, Actor actor) {
    Permissions.requireAdmin(actor, "change the site settings");
    store.write(SiteSettingsRules.checked(input, store::image));
    events.fire(new SiteSettingsChanged());
    return store.read();
  }

  void onChanged(@Observes SiteSettingsChanged event) {
    known.updateAndGet(k -> new Known(k.generation() + 1, null));
  }
}
