package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.inkwell.cms.web.AdminPages.Account;
import org.inkwell.cms.web.check.Browser;
import org.inkwell.cms.web.check.BrowserExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Settings screen in headless Chromium against the real WAR: administrators only, errors at
 * the field, the public site changed at the next request. Screenshot: {@code target/screenshots/admin-settings.png}.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class AdminSettingsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private String site;
  private Api api;

  @BeforeEach
  void site(Browser browser) {
    site = base.toString().replaceAll("/$", "");
    api = Api.anonymous(base);
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void anAdministratorRenamesTheSiteAfterABadAddressIsShownAtItsField(Browser browser) {
    String title = "Hubz Weekly " + Ids.unique();
    AdminPages admin = new AdminPages(browser, site).signIn(Account.admin()).open("/admin/settings.xhtml");
    assertThat(admin.element("settings:name").getAttribute("value")).isEqualTo("Fitness Hubz");
    assertThat(admin.text("#settings\\:socialImage_label")).contains("social-image");

    admin.type("settings:name", title).type("settings:address", "fitness hubz dot com").press("settings:save");
    assertThat(admin.errorAt("settings:address")).contains("absolute http or https address");
    assertThat(api.get("/api/site").json().getString("name")).isEqualTo("Fitness Hubz");

    admin.type("settings:address", "").select("settings:timeZone", "Europe/Paris").press("settings:save");
    admin.success("Settings saved");
    browser.screenshot("admin-settings");

    assertThat(api.get("/api/site").json().getString("timeZone")).isEqualTo("Europe/Paris");
    browser.open(site + "/");
    assertThat(browser.driver().getTitle()).isEqualTo(title);
    assertThat(browser.driver().findElement(By.cssSelector(".site-title")).getText()).isEqualTo(title);
  }

  @Test
  void otherRolesNeitherSeeNorOpenTheScreen(Browser browser) {
    AdminPages editor = new AdminPages(browser, site).signIn(Account.create(api, "editor")).open("/admin/index.xhtml");
    assertThat(editor.all(".admin-nav a[href*='settings']")).isEmpty();

    editor.open("/admin/settings.xhtml");
    assertThat(editor.text("h1")).isEqualTo("Not allowed");
    assertThat(editor.all("#settings\\:name")).isEmpty();
  }
}
