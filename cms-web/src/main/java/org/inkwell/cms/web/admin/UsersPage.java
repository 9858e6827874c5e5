package org.inkwell.cms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.core.CmsException;
import org.inkwell.cms.core.InvalidInputException;

/** Administrators manage users: add one, change a role, deactivate or reactivate, set a new password. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> NEW_INPUTS = Map.of(
      "login", "users:login", "name", "users:name", "password", "users:password", "role", "users:role");

  @Inject UserService users;
  @Inject SignedInUser me;

  private String login;
  private String name;
  private String password;
  private Role role = Role.AUTHOR;
  private Long resetId;
  private String newPassword;
  private final PerRequest<List<UserDetails>> rows = new PerRequest<>();

  public List<UserDetails> getRows() {
    return rows.get(() -> users.list(me.actor()));
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public void create() {
    rows.forget();
    try {
      UserDetails user = users.create(new UserInput(login, name, null, role, true, password), me.actor());
      Notices.success("users.created", user.login());
      login = null;
      name = null;
      password = null;
      role = Role.AUTHOR;
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, NEW_INPUTS);
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public void changeRole(UserDetails user, Role newRole) {
    change(user, new UserInput(null, null, null, newRole, null, null), "users.roleChanged");
  }

  public void setActive(UserDetails user, boolean active) {
    change(user, new UserInput(null, null, null, null, active, null), active ? "users.activated" : "users.deactivated");
  }

  public void startReset(UserDetails user) {
    resetId = user.id();
    newPassword = null;
  }

  public void resetPassword() {
    rows.forget();
    try {
      UserDetails user = users.update(resetId, new UserInput(null, null, null, null, null, newPassword), me.actor());
      Notices.success("users.passwordReset", user.login());
      newPassword = null;
    } catch (InvalidInputException e) {
      Notices.fieldErrors(e, Map.of("password", "resetPassword:newPassword"));
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  private void change(UserDetails user, UserInput input, String successKey) {
    rows.forget();
    try {
      users.update(user.id(), input, me.actor());
      Notices.success(successKey, user.login());
    } catch (CmsException e) {
      Notices.error("editor.refused", e.getMessage());
    }
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
