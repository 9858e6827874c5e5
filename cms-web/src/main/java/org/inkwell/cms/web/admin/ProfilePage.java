package org.inkwell.cms.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.web.security.CmsAuthModule;

/** Every user's own profile: the name and bio readers see, and their password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserService users;
  @Inject SignedInUser me;

  private String name;
  private String bio;
  private String currentPassword;
  private String newPassword;
  private boolean loaded;

  public void load() {
    if (!loaded) {
      UserDetails user = users.find(me.actor().userId(), me.actor());
      name = user.name();
      bio = user.bio();
      loaded = true;
    }
  }

  public void saveProfile() {
    try {
      users.update(me.actor().userId(), new UserInput(null, name, bio == null ? "" : bio, null, null, null), me.actor());
      Notices.success("profile.saved");
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, Map.of("name", "profile:name", "bio", "profile:bio"));
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void changePassword() {
    try {
      users.changePassword(currentPassword, newPassword, me.actor());
      // The new password ends every session of this user; this browser stays signed in.
      users.account(me.actor().login()).ifPresent(account -> CmsAuthModule.keepSignedIn(
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), account));
      Notices.success("profile.passwordChanged");
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, Map.of("currentPassword", "password:current", "password", "password:next", "newPassword", "password:next"));
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    } finally {
      currentPassword = null;
      newPassword = null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
