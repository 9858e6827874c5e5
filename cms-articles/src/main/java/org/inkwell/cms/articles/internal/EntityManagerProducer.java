package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container's transaction-scoped entity manager injectable into constructors. */
@Dependent
public class EntityManagerProducer {

  @Produces
  @PersistenceContext(unitName = "cms")
  private EntityManager entityManager;
}
