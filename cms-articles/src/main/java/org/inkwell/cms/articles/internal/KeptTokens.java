package org.inkwell.cms.articles.internal;

import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.owasp.html.AttributePolicy;

/**
 * An attribute holding a space-separated list ({@code class}, {@code rel}) cut down to the tokens an
 * allow-list accepts on that element, in their order and once each; with none left the attribute
 * is dropped.
 */
final class KeptTokens implements AttributePolicy {

  private final BiPredicate<String, String> kept;

  /** {@code kept} is asked with the element's name and one token. */
  KeptTokens(BiPredicate<String, String> kept) {
    this.kept = kept;
  }

  @Override
  public String apply(String elementName, String attributeName, String value) {
    String tokens =
        Arrays.stream(value.trim().split("\\s+"))
            .filter(token -> kept.test(elementName, token))
            .distinct()
            .collect(Collectors.joining(" "));
    return tokens.isEmpty() ? null : tokens;
  }
}
