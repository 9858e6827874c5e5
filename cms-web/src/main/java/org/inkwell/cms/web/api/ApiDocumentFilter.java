package org.inkwell.cms.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns the document the server derives from the resources' annotations into one that standard
 * validators accept and client generators use: plain {@code {id}} templates instead of JAX-RS
 * regular expressions, HTTP Basic as the security scheme, problem+json for every client error,
 * the title and version of this build, and nothing outside the OpenAPI schema.
 */
public class ApiDocumentFilter implements OASFilter {

  static final String SECURITY_SCHEME = "basic";
  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = "application/problem+json";
  /** A JAX-RS template with a regular expression, e.g. {@code {id: [0-9]{1,18}}}. */
  private static final Pattern REGEX_TEMPLATE = Pattern.compile("\\{(\\w+)\\s*:\\s*((?:[^{}]|\\{[^{}]*\\})+)\\}");
  private static final Pattern DIGITS = Pattern.compile("\\[0-9\\](\\{[0-9,]+\\}|\\+)");

  @Override
  public void filterOpenAPI(OpenAPI api) {
    api.setInfo(
        OASFactory.createInfo()
            .title("Inkwell CMS API")
            .version(buildVersion())
            .description(
                "Articles, categories, tags, users, media and Recommended Posts. Reads of published"
                    + " content are anonymous; writes need HTTP Basic credentials. Errors are"
                    + " application/problem+json (RFC 9457)."));
    Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
    components.addSecurityScheme(
        SECURITY_SCHEME,
        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
    api.setComponents(components);
    Map<String, PathItem> plain = new LinkedHashMap<>();
    api.getPaths().getPathItems().forEach((template, item) -> plain.put(plainTemplate(template, item), item));
    api.getPaths().setPathItems(plain);
    plain.values().forEach(item -> item.getOperations().values().forEach(ApiDocumentFilter::complete));
    plain.values().forEach(item -> item.getOperations().values().forEach(o -> arraysOfComponents(o, components)));
    if (api.getTags() != null) {
      // Resources sharing a tag each declare it; the document may list it once.
      api.setTags(List.copyOf(api.getTags().stream().collect(Collectors.toMap(Tag::getName, t -> t, (a, b) -> a, LinkedHashMap::new)).values()));
    }
    dropServerExtensions(api);
  }

  /**
   * Repairs what the server makes of {@code @Schema} annotations: it writes every attribute left
   * at its default ({@code maxProperties: 0} would refuse any object), and keeps Java's {@code
   * long} and {@code int} as {@code number} even where the annotation says integer.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getType() == Schema.SchemaType.NUMBER && ("int64".equals(schema.getFormat()) || "int32".equals(schema.getFormat()))) {
      schema.setType(Schema.SchemaType.INTEGER);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  /**
   * {@code /articles/{id: [0-9]{1,18}}} becomes {@code /articles/{id}}; a parameter the
   * expression restricts to digits is documented as an integer.
   */
  static String plainTemplate(String template, PathItem item) {
    Matcher m = REGEX_TEMPLATE.matcher(template);
    StringBuilder plain = new StringBuilder();
    while (m.find()) {
      if (DIGITS.matcher(m.group(2).strip()).matches()) {
        digitsOnly(item, m.group(1));
      }
      m.appendReplacement(plain, Matcher.quoteReplacement("{" + m.group(1) + "}"));
    }
    m.appendTail(plain);
    return plain.toString();
  }

  private static void digitsOnly(PathItem item, String name) {
    for (Operation operation : item.getOperations().values()) {
      if (operation.getParameters() == null) {
        continue;
      }
      for (Parameter p : operation.getParameters()) {
        if (p.getIn() == Parameter.In.PATH && name.equals(p.getName())) {
          p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64").minimum(BigDecimal.ONE));
        }
      }
    }
  }

  /**
   * Every operation may answer a client error as problem+json; one that declares no security
   * accepts credentials but does not need them (published content).
   */
  private static void complete(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses.getAPIResponse("4XX") == null) {
      responses.addAPIResponse("4XX", problem("A client error: bad input, missing rights, unknown content, a conflict"));
    }
    responses.removeAPIResponse("default");
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
      operation.setSecurity(
          List.of(OASFactory.createSecurityRequirement(), OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
    }
  }

  /**
   * The server writes {@code @Schema(type = ARRAY, implementation = X.class)} as an array carrying
   * X's properties; the properties belong to its items, which are the component X.
   */
  private static void arraysOfComponents(Operation operation, Components components) {
    operation.getResponses().getAPIResponses().values().stream()
        .filter(r -> r.getContent() != null)
        .flatMap(r -> r.getContent().getMediaTypes().values().stream())
        .map(m -> m.getSchema())
        .filter(s -> s != null && s.getType() == Schema.SchemaType.ARRAY && s.getProperties() != null)
        .forEach(
            array -> {
              Schema items =
                  components.getSchemas().entrySet().stream()
                      .filter(c -> c.getValue().getProperties() != null)
                      .filter(c -> c.getValue().getProperties().keySet().equals(array.getProperties().keySet()))
                      .findFirst()
                      .map(c -> OASFactory.createSchema().ref(c.getKey()))
                      .orElseGet(() -> OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(array.getProperties()));
              array.setProperties(null);
              array.setItems(items);
            });
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
  }

  /**
   * Payara 6.2025 adds a top-level {@code endpoints} member (later releases name it {@code
   * x-endpoints}); it is not part of OpenAPI 3.0, so validators refuse the document. An empty map
   * is left out when the document is written.
   */
  private static void dropServerExtensions(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<>());
    } catch (ReflectiveOperationException e) {
      // A server without that member has nothing to drop.
    }
  }

  private static String buildVersion() {
    Properties build = new Properties();
    try (InputStream in = ApiDocumentFilter.class.getResourceAsStream("build.properties")) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("version");
  }
}
