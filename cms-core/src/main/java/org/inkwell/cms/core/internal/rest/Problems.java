package org.inkwell.cms.core.internal.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.NotReadyException;
import org.inkwell.cms.core.PayloadTooLargeException;
import org.inkwell.cms.core.StaleVersionException;
import org.inkwell.cms.core.VersionRequiredException;

/** Decides status and body for any failure; the exception mappers only delegate here. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Map<Class<? extends CmsException>, Integer> STATUS =
      Map.of(
          ContentNotFoundException.class, 404,
          ContentConflictException.class, 409,
          StaleVersionException.class, 412,
          VersionRequiredException.class, 428,
          InvalidInputException.class, 400,
          NotAuthenticatedException.class, 401,
          AccessDeniedException.class, 403,
          PayloadTooLargeException.class, 413,
          NotReadyException.class, 503);

  private Problems() {}

  static Response toResponse(Throwable failure, UriInfo uri) {
    String instance = uri == null ? null : uri.getRequestUri().getRawPath();
    CmsException cms = causeOfType(failure, CmsException.class);
    if (cms != null) {
      return forCmsException(cms, instance);
    }
    ConstraintViolationException violations =
        causeOfType(failure, ConstraintViolationException.class);
    if (violations != null) {
      return forViolations(violations, instance);
    }
    if (isMalformedJson(failure)) {
      return build(
          new Problem(
              "/problems/malformed-json",
              "Malformed JSON",
              400,
              "The body is not valid JSON or a value has the wrong type: " + rootMessage(failure),
              instance,
              null,
              null),
          null);
    }
    if (isIntegrityViolation(failure)) {
      return forCmsException(
          new ContentConflictException(
              "constraint-conflict", "The change conflicts with stored content; read it again and retry."),
          instance);
    }
    if (failure instanceof WebApplicationException web) {
      return forWebApplicationException(web, instance);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + instance, failure);
    return build(
        new Problem(
            "/problems/internal-error",
            "Internal error",
            500,
            "Something went wrong on our side. Quote incident " + incident + " when reporting it.",
            instance,
            incident,
            null),
        null);
  }

  private static Response forCmsException(CmsException e, String instance) {
    int status = statusOf(e.getClass());
    List<FieldError> errors = e.errors().isEmpty() ? null : e.errors();
    String challenge = e instanceof NotAuthenticatedException ? "Basic realm=\"cms\"" : null;
    return build(
        new Problem(
            "/problems/" + e.problemType(), e.title(), status, e.getMessage(), instance, null, errors),
        challenge);
  }

  private static int statusOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Integer status = STATUS.get(c);
      if (status != null) {
        return status;
      }
    }
    return 400;
  }

  private static Response forViolations(ConstraintViolationException e, String instance) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return forCmsException(new InvalidInputException(errors), instance);
  }

  private static String fieldName(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    return name.startsWith("arg") || name.isEmpty() ? "body" : name;
  }

  private static Response forWebApplicationException(WebApplicationException e, String instance) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return toResponse(new IllegalStateException(e), null);
    }
    Response.StatusType type = original.getStatusInfo();
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(MEDIA_TYPE)
            .entity(
                JSONB.toJson(
                    new Problem(
                        "about:blank",
                        type.getReasonPhrase(),
                        status,
                        detailFor(status),
                        instance,
                        null,
                        null)));
    for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE)) {
      Object value = original.getHeaders().getFirst(header);
      if (value != null) {
        builder.header(header, value);
      }
    }
    return builder.build();
  }

  private static String detailFor(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method; see the Allow header.";
      case 406 -> "This address cannot answer in the media type you asked for.";
      case 415 -> "Send the body as application/json, in UTF-8 (an upload: the image itself, as image/* or application/octet-stream).";
      default -> "The request could not be processed as sent.";
    };
  }

  private static Response build(Problem problem, String challenge) {
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(MEDIA_TYPE).entity(JSONB.toJson(problem));
    if (challenge != null) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
    return builder.build();
  }

  private static boolean isMalformedJson(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonException
          || t instanceof JsonParsingException
          || t instanceof DateTimeParseException) {
        return true;
      }
    }
    return false;
  }

  // SQLState class 23: a unique key or reference broken by a concurrent change.
  private static boolean isIntegrityViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // Keep only the first line: parsers append location dumps and class names after it.
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
