package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.stream.Collectors;

/** Stores site-wide settings as named values; a setting without a row has its default. */
@Dependent
public class SettingRepository {

  private final EntityManager em;

  @Inject
  public SettingRepository(EntityManager em) {
    this.em = em;
  }

  /** Every setting whose name starts with this prefix, by name. */
  public Map<String, String> findAll(String prefix) {
    return em.createQuery("select s from Setting s where s.name like :prefix", Setting.class)
        .setParameter("prefix", prefix + "%")
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Setting::getName, Setting::getValue));
  }

  /** Stores the value, or removes the setting for {@code null} so that its default applies. */
  public void save(String name, String value) {
    Setting existing = em.find(Setting.class, name);
    if (value == null) {
      if (existing != null) {
        em.remove(existing);
      }
    } else if (existing == null) {
      em.persist(new Setting(name, value));
    } else {
      existing.setValue(value);
    }
  }

  public void flush() {
    PendingChanges.write(em);
  }
}
