package org.inkwell.cms.core.internal.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Takes precedence over the JAX-RS implementation's own plain-text validation mapper. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException failure) {
    return Problems.toResponse(failure, uriInfo);
  }
}
