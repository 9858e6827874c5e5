package org.inkwell.cms.web;

import java.util.UUID;

/** Unique suffixes, so that every test creates its own data and tests never collide. */
final class Ids {

  private Ids() {}

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
