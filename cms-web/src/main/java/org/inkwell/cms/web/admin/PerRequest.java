package org.inkwell.cms.web.admin;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A value a view bean computes at most once per request: a page reads a table's rows in several
 * phases of one request, and each read would otherwise query the database again. Actions that
 * change what it shows call {@link #forget}.
 */
final class PerRequest<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient Object request;
  private transient T value;

  T get(Supplier<T> compute) {
    FacesContext current = FacesContext.getCurrentInstance();
    if (request != current) {
      value = compute.get();
      request = current;
    }
    return value;
  }

  void forget() {
    request = null;
  }
}
