package org.inkwell.cms.core.internal.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of a REST call becomes problem+json: services' {@code CmsException}s, validation
 * failures, JAX-RS' own 4xx, unreadable JSON, and anything unexpected (500 with an incident id).
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    return Problems.toResponse(failure, uriInfo);
  }
}
