package org.inkwell.cms.web.check;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class one {@link Browser}, as a parameter of its {@code @BeforeAll}, constructor or
 * test methods: started on first use at {@link Viewport#DESKTOP}, closed when the class is done.
 *
 * <pre>{@code
 * @ExtendWith(BrowserExtension.class)
 * class HomePageIT {
 *   @Test
 *   void looksRight(Browser browser) {
 *     browser.open(url).screenshot("home");
 *   }
 * }
 * }</pre>
 *
 * A test that switches to {@link Viewport#MOBILE} leaves the browser so for the tests after it.
 */
public final class BrowserExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // Kept in the class's store, which JUnit closes (AutoCloseable) after the class's last test.
    return classContext(context).getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browser.class, type -> Browser.start(), Browser.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }
}
