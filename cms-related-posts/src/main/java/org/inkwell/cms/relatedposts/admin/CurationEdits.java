package org.inkwell.cms.relatedposts.admin;

import java.util.ArrayList;
import java.util.List;
import org.inkwell.cms.relatedposts.internal.Curation;

/**
 * The changes an editor makes to one article's pins and exclusions, each giving the curation to
 * store. Pinning a post lifts its exclusion and excluding one lifts its pin: the latest intent
 * wins, rather than an error about a post being both.
 */
final class CurationEdits {

  private CurationEdits() {}

  /** Pins the post after the others. */
  static Curation pin(Curation c, long id) {
    List<Long> pinned = without(c.pinned(), id);
    pinned.add(id);
    return new Curation(pinned, without(c.excluded(), id));
  }

  static Curation unpin(Curation c, long id) {
    return new Curation(without(c.pinned(), id), c.excluded());
  }

  static Curation exclude(Curation c, long id) {
    List<Long> excluded = without(c.excluded(), id);
    excluded.add(id);
    return new Curation(without(c.pinned(), id), excluded);
  }

  static Curation unexclude(Curation c, long id) {
    return new Curation(c.pinned(), without(c.excluded(), id));
  }

  /** One place earlier among the pins; the first stays first. */
  static Curation moveUp(Curation c, long id) {
    int at = c.pinned().indexOf(id);
    return at > 0 ? movePin(c, at, at - 1) : c;
  }

  /** One place later among the pins; the last stays last. */
  static Curation moveDown(Curation c, long id) {
    int at = c.pinned().indexOf(id);
    return at >= 0 && at < c.pinned().size() - 1 ? movePin(c, at, at + 1) : c;
  }

  /** The pin at {@code from} dropped at {@code to}, as a dragged row; indexes out of range change nothing. */
  static Curation movePin(Curation c, int from, int to) {
    int size = c.pinned().size();
    if (from < 0 || from >= size || to < 0 || to >= size) {
      return c;
    }
    List<Long> pinned = new ArrayList<>(c.pinned());
    pinned.add(to, pinned.remove(from));
    return new Curation(pinned, c.excluded());
  }

  private static List<Long> without(List<Long> ids, long id) {
    List<Long> rest = new ArrayList<>(ids);
    rest.remove(Long.valueOf(id));
    return rest;
  }
}
