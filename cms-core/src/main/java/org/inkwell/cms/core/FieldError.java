package org.inkwell.cms.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem with one input field, e.g. {@code title: must not be blank}.
 *
 * @since 0.1
 */
@Schema(name = "FieldError")
public record FieldError(String field, String message) {}
