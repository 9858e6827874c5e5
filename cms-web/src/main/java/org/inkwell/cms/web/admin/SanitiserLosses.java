package org.inkwell.cms.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What saving would remove from a body: the elements, attributes and classes of the HTML the
 * editor wrote that the sanitised HTML no longer has, so the editor can be told before saving.
 */
final class SanitiserLosses {

  private SanitiserLosses() {}

  static List<String> between(String written, String sanitised) {
    Map<String, Integer> before = inventory(written);
    Map<String, Integer> after = inventory(sanitised);
    List<String> losses = new ArrayList<>();
    before.forEach((what, count) -> {
      int lost = count - after.getOrDefault(what, 0);
      if (lost > 0) {
        losses.add(lost == 1 ? what : what + " (" + lost + "×)");
      }
    });
    return losses;
  }

  private static Map<String, Integer> inventory(String html) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Element element : Jsoup.parseBodyFragment(html == null ? "" : html).body().getAllElements()) {
      if (element.tagName().equals("body")) {
        continue;
      }
      String tag = "<" + element.tagName() + ">";
      counts.merge(tag, 1, Integer::sum);
      for (Attribute attribute : element.attributes()) {
        if (attribute.getKey().equals("class")) {
          for (String name : element.classNames()) {
            counts.merge("class \"" + name + "\"", 1, Integer::sum);
          }
        } else {
          counts.merge(attribute.getKey() + "=\"…\" on " + tag, 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
