package org.inkwell.cms.articles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.inkwell.cms.articles.Role;

@Entity
@Table(name = "cms_user")
@NamedQuery(name = User.FIND_BY_LOGIN, query = "select u from User u where u.login = :login")
public class User {

  static final String FIND_BY_LOGIN = "User.findByLogin";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true)
  private String login;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String bio;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected User() {}

  User(String login, String displayName, Role role, String passwordHash, Instant createdAt) {
    this.login = login;
    this.displayName = displayName;
    this.role = role;
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getLogin() {
    return login;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
