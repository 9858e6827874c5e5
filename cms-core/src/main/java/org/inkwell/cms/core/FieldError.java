package org.inkwell.cms.core;

/**
 * One problem with one input field, e.g. {@code title: must not be blank}.
 *
 * @since 0.1
 */
public record FieldError(String field, String message) {}
