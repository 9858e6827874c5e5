package org.inkwell.cms.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection and the size of the whole collection.
 *
 * @since 0.1
 */
public record ResultPage<T>(List<T> items, long total, PageRequest request) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return (total + request.perPage() - 1) / request.perPage();
  }

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(items.stream().<R>map(mapper).toList(), total, request);
  }
}
