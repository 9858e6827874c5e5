package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.inkwell.cms.web.check.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin as an editor uses it, from the keyboard: sign in, go to a page, fill a field, press a
 * button and wait for its Ajax answer. Buttons and links are pressed with Enter, which also shows
 * that every action is reachable without a mouse.
 */
final class AdminPages {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Browser browser;
  private final String site;

  AdminPages(Browser browser, String site) {
    this.browser = browser;
    this.site = site;
  }

  /** A user the tests create through the API, so the admin can be signed in as them. */
  record Account(String login, String password) {

    static Account create(Api api, String role) {
      String login = role + "-" + Ids.unique();
      String password = "pw-" + Ids.unique() + "-secret";
      Api.Reply created = api.asAdmin().post("/api/users",
          "{\"login\":\"" + login + "\",\"name\":\"Test " + role + " " + login.substring(login.length() - 4)
              + "\",\"role\":\"" + role + "\",\"password\":\"" + password + "\"}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      return new Account(login, password);
    }

    static Account admin() {
      return new Account(Api.ADMIN, Api.ADMIN_PASSWORD);
    }
  }

  AdminPages signIn(Account account) {
    open("/admin/login.xhtml");
    type("signIn:login", account.login());
    type("signIn:password", account.password());
    pressToNavigate("signIn:submit");
    waitFor(ExpectedConditions.urlContains("/admin/index.xhtml"));
    return this;
  }

  AdminPages signOut() {
    pressToNavigate("account:signOut");
    waitFor(ExpectedConditions.urlContains("/admin/login.xhtml"));
    return this;
  }

  AdminPages open(String path) {
    browser.open(site + path);
    waitForAjax();
    return this;
  }

  WebElement element(String id) {
    return waitFor(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /** The editing surface of the article or page editor's rich-text body. */
  WebElement richBody() {
    return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-source='editor:body'] .rich-content")));
  }

  /** Types a new last paragraph into the body editor. */
  AdminPages appendToBody(String text) {
    WebElement body = richBody();
    body.click();
    body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, text);
    return this;
  }

  /** Runs a command of the body editor's toolbar, as a click on its button would. */
  AdminPages toolbar(String command) {
    WebElement button = waitFor(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[data-source='editor:body'] [data-command='" + command + "']")));
    button.click();
    return this;
  }

  List<WebElement> all(String css) {
    return driver().findElements(By.cssSelector(css));
  }

  String text(String css) {
    return waitFor(d -> d.findElement(By.cssSelector(css)).getText());
  }

  AdminPages type(String id, String text) {
    WebElement input = element(id);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Presses a button or follows a link from the keyboard, then waits for the page to settle. */
  AdminPages press(String id) {
    WebElement target = element(id);
    script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", target);
    target.sendKeys(Keys.ENTER);
    waitForAjax();
    return this;
  }

  /** Clicks as a pointer would, for a button next to a date picker whose keyboard handling takes the Enter. */
  AdminPages click(String id) {
    script("arguments[0].click();", element(id));
    waitForAjax();
    return this;
  }

  /** Presses a button that leads to another page, and waits for that page. */
  AdminPages pressToNavigate(String id) {
    return navigate(id, () -> press(id));
  }

  /**
   * Clicks, as a pointer would, a button that leads to another page, and waits for that page: for
   * right after a dialog closed, which gives the focus back to its opener when its animation ends.
   */
  AdminPages clickToNavigate(String id) {
    return navigate(id, () -> click(id));
  }

  private AdminPages navigate(String id, Runnable action) {
    String address = currentUrl();
    try {
      browser.navigate(action, PATIENCE);
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("failed-to-leave-" + id.replaceAll("[^A-Za-z0-9]+", "-"));
      throw new AssertionError("Pressing " + id + " did not lead away from " + address + "; shown: "
          + all(".ui-growl-message, .ui-messages, .ui-message").stream().map(WebElement::getText).toList(), e);
    }
    waitForAjax();
    return this;
  }

  /** Chooses an option of a PrimeFaces select box by its value. */
  AdminPages select(String id, String value) {
    script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    return this;
  }

  /** Waits for a success message containing this text (earlier ones may still be showing). */
  String success(String expected) {
    try {
      return waitFor(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
          .map(WebElement::getText).filter(t -> t.contains(expected)).findFirst().orElse(null));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("failed-" + expected.replaceAll("[^A-Za-z0-9]+", "-"));
      throw new AssertionError("No message with \"" + expected + "\" on " + currentUrl() + "; shown: "
          + all(".ui-growl-message, .ui-messages, .ui-message").stream().map(WebElement::getText).toList(), e);
    }
  }

  /** The error shown at an input: the message in the same labelled field. */
  String errorAt(String inputId) {
    By message = By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"
        + "//*[contains(@class,'ui-message-error')]");
    return waitFor(d -> {
      WebElement shown = ExpectedConditions.visibilityOfElementLocated(message).apply(d);
      return shown == null ? null : shown.getText();
    });
  }

  /** The errors shown at the top of the page, once there are some. */
  String pageErrors() {
    return waitFor(d -> {
      String shown = d.findElement(By.id("pageMessages")).getText();
      return shown.isBlank() ? null : shown;
    });
  }

  Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(javascript, args);
  }

  void waitForAjax() {
    waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active === 0);")));
  }

  <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
    return waitFor(condition, PATIENCE);
  }

  <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition, Duration patience) {
    return browser.await(condition, patience);
  }

  String currentUrl() {
    return driver().getCurrentUrl();
  }

  WebDriver driver() {
    return browser.driver();
  }

  Browser browser() {
    return browser;
  }
}
