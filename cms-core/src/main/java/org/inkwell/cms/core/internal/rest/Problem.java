package org.inkwell.cms.core.internal.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.inkwell.cms.core.FieldError;

/** The RFC 9457 body. Null members are left out of the JSON. */
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"})
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "incident", "errors"})
public record Problem(
    @Schema(description = "A URI reference naming the kind of problem, e.g. /problems/article-not-found") String type,
    String title,
    int status,
    String detail,
    String instance,
    @Schema(description = "Of an unexpected failure: the id under which it was logged") String incident,
    List<FieldError> errors) {}
