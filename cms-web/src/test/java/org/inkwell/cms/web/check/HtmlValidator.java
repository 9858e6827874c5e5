package org.inkwell.cms.web.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.PropertyConfigurator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML5 documents with the Nu HTML Checker (the W3C's "vnu") inside the test JVM.
 *
 * <p>Offline: the HTML schema comes from the copies inside the validator's jar, anything else a
 * document could point to resolves to nothing, and documents are handed over as text, never
 * fetched (checked in a network namespace with loopback only). Setting it up costs about half a
 * second and the first check a quarter more (schemas and checkers are built once), so one instance
 * serves the whole JVM: {@link #shared()}. Later checks take milliseconds; they are serialized
 * because the underlying validator keeps per-document state.
 */
public final class HtmlValidator {

  /** The schema vnu's own command line uses for text/html: HTML5 with SVG, MathML, ARIA, RDFa. */
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static volatile HtmlValidator shared;

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private HtmlValidator() {
    quietLogging();
    // No log4j set-up by vnu (its own logs DEBUG to stdout); URLs are never fetched; no language
    // detection, whose guesses are only warnings and which loads a hundred language profiles.
    validator = new SimpleDocumentValidator(false, false, false);
    try {
      validator.setUpMainSchema(HTML5_SCHEMA, collector);
      validator.setUpValidatorAndParsers(collector, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("the Nu HTML Checker could not load its HTML schema", e);
    }
  }

  /** The JVM's one validator, made on first use. */
  public static HtmlValidator shared() {
    HtmlValidator v = shared;
    if (v == null) {
      synchronized (HtmlValidator.class) {
        v = shared;
        if (v == null) {
          shared = v = new HtmlValidator();
        }
      }
    }
    return v;
  }

  /** Checks a complete document served as text/html in UTF-8. */
  public synchronized HtmlReport validate(String html) {
    InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    input.setSystemId("about:document");
    collector.reset();
    try {
      validator.checkHtmlInputSource(input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      // A fatal parse error is reported to the collector too; anything else is a broken checker.
      if (!(e instanceof SAXParseException)) {
        throw new IllegalStateException("the Nu HTML Checker failed", e);
      }
    }
    return collector.report();
  }

  /** Checks an HTML file read as UTF-8. */
  public HtmlReport validate(Path file) {
    try {
      return validate(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Only vnu's warnings and worse reach the console: it otherwise logs each document at DEBUG. */
  private static void quietLogging() {
    Properties config = new Properties();
    config.setProperty("log4j.rootLogger", "WARN, console");
    config.setProperty("log4j.appender.console", "org.apache.log4j.ConsoleAppender");
    config.setProperty("log4j.appender.console.Target", "System.err");
    config.setProperty("log4j.appender.console.layout", "org.apache.log4j.PatternLayout");
    config.setProperty("log4j.appender.console.layout.ConversionPattern", "vnu %p %c - %m%n");
    PropertyConfigurator.configure(config);
  }

  /** Receives vnu's messages for the document being checked. */
  private static final class Collector implements InfoAwareErrorHandler {
    private List<HtmlProblem> errors = new ArrayList<>();
    private List<HtmlProblem> warnings = new ArrayList<>();

    void reset() {
      errors = new ArrayList<>();
      warnings = new ArrayList<>();
    }

    HtmlReport report() {
      return new HtmlReport(errors, warnings);
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(problem(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(problem(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(problem(e));
    }

    @Override
    public void info(SAXParseException e) {
      // Notes such as "using the schema for HTML with SVG 1.1": nothing a page can fix.
    }

    private static HtmlProblem problem(SAXParseException e) {
      return new HtmlProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }
  }
}
