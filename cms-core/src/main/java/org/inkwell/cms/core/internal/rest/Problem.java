package org.inkwell.cms.core.internal.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.inkwell.cms.core.FieldError;

/** The RFC 9457 body. Null members are left out of the JSON. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "incident", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String incident,
    List<FieldError> errors) {}
