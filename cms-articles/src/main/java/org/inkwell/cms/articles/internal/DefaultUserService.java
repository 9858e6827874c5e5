package org.inkwell.cms.articles.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.Account;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.articles.Role;
import org.inkwell.cms.articles.UserDetails;
import org.inkwell.cms.articles.UserInput;
import org.inkwell.cms.articles.UserService;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.ContentNotFoundException;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.inkwell.cms.core.NotAuthenticatedException;
import org.inkwell.cms.core.StoredText;

@ApplicationScoped
@Transactional
public class DefaultUserService implements UserService {

  private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");
  static final int MIN_PASSWORD = 10;
  private static final int MAX_PASSWORD = 200;

  @Inject UserRepository users;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject AfterCommitEvents events;

  // A hash to verify against when the login is unknown, so that timing does not reveal logins.
  private String decoyHash;

  @PostConstruct
  void configureHashing() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoyHash = passwordHash.generate("decoy-password".toCharArray());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> authenticate(String login, String password) {
    Optional<User> user = users.findByLogin(login).filter(User::isActive);
    String hash = user.map(User::getPasswordHash).orElse(decoyHash);
    boolean matches = passwordHash.verify(password.toCharArray(), hash);
    return matches ? user.map(DefaultUserService::account) : Optional.empty();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> account(String login) {
    return users.findByLogin(login).filter(User::isActive).map(DefaultUserService::account);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Actor> actor(String login) {
    return users.findByLogin(login).filter(User::isActive).map(DefaultUserService::actor);
  }

  @Override
  public Optional<UserDetails> profile(String login) {
    return users.findByLogin(login).map(DefaultUserService::details);
  }

  @Override
  public List<UserDetails> list(Actor actor) {
    Permissions.requireAdmin(actor, "list users");
    return users.all().stream().map(DefaultUserService::details).toList();
  }

  @Override
  public UserDetails find(long id, Actor actor) {
    Permissions.requireSignedIn(actor);
    if (!actor.hasAnyRole(Role.ADMIN) && !actor.userId().equals(id)) {
      throw new AccessDeniedException("Only administrators may see other users.");
    }
    return details(users.find(id).orElseThrow(() -> new ContentNotFoundException("user", id)));
  }

  @Override
  public UserDetails create(UserInput input, Actor actor) {
    Permissions.requireAdmin(actor, "create users");
    return details(createUser(input));
  }

  /** Creates a user without a permission check: for the first administrator and demo content. */
  User createUser(UserInput input) {
    check(input, true);
    if (users.findByLogin(input.login()).isPresent()) {
      throw new ContentConflictException("login-taken", "A user " + input.login() + " already exists.");
    }
    User user =
        new User(
            input.login(),
            input.name().strip(),
            input.role(),
            passwordHash.generate(input.password().toCharArray()),
            Instant.now());
    user.setBio(input.bio());
    users.save(user);
    users.flush();
    return user;
  }

  /**
   * Creates an author brought in by an import: inactive, with a random password nobody knows, for
   * an administrator to activate (and give a password) when they choose.
   */
  User createImported(String login, String name, String bio) {
    byte[] secret = new byte[32];
    new java.security.SecureRandom().nextBytes(secret);
    User user =
        new User(
            login,
            name,
            Role.AUTHOR,
            passwordHash.generate(java.util.HexFormat.of().formatHex(secret).toCharArray()),
            Instant.now());
    user.setActive(false);
    user.setBio(bio);
    users.save(user);
    users.flush();
    return user;
  }

  /** Whether a login meets the rules for new users. */
  static boolean isValidLogin(String login) {
    return LOGIN.matcher(login).matches();
  }

  boolean hasNoUsers() {
    return users.isEmpty();
  }

  @Override
  public UserDetails update(long id, UserInput input, Actor actor) {
    Permissions.requireSignedIn(actor);
    boolean self = actor.userId().equals(id);
    if (!self && !actor.hasAnyRole(Role.ADMIN)) {
      throw new AccessDeniedException("You may only change your own profile.");
    }
    if (self && (input.role() != null || input.active() != null)) {
      throw new AccessDeniedException("You cannot change your own role or deactivate yourself.");
    }
    User user = users.find(id).orElseThrow(() -> new ContentNotFoundException("user", id));
    if (input.login() != null && !input.login().equals(user.getLogin())) {
      throw new InvalidInputException("login", "cannot be changed");
    }
    check(input, false);
    if (input.name() != null && !input.name().strip().equals(user.getDisplayName())) {
      user.setDisplayName(input.name().strip());
      events.fire(new ArticleViewsChanged("user " + user.getLogin() + " renamed"));
    }
    if (input.bio() != null) {
      String bio = input.bio().isBlank() ? null : input.bio().strip();
      if (!java.util.Objects.equals(bio, user.getBio())) {
        user.setBio(bio);
        events.fire(new ArticleViewsChanged("user " + user.getLogin() + " described"));
      }
    }
    if (input.role() != null) {
      user.setRole(input.role());
    }
    if (input.active() != null) {
      user.setActive(input.active());
    }
    if (input.password() != null) {
      user.setPasswordHash(passwordHash.generate(input.password().toCharArray()));
    }
    users.flush();
    return details(user);
  }

  @Override
  public UserDetails updateProfile(String name, String bio, Actor actor) {
    Permissions.requireSignedIn(actor);
    return update(actor.userId(), new UserInput(null, name, bio, null, null, null), actor);
  }

  @Override
  public void changePassword(String currentPassword, String newPassword, Actor actor) {
    Permissions.requireSignedIn(actor);
    User user = users.find(actor.userId()).orElseThrow(NotAuthenticatedException::new);
    if (currentPassword == null
        || !passwordHash.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
      throw new InvalidInputException("currentPassword", "is not your password");
    }
    List<FieldError> errors = new ArrayList<>();
    checkPassword("newPassword", newPassword, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    user.setPasswordHash(passwordHash.generate(newPassword.toCharArray()));
    users.flush();
  }

  private static void check(UserInput input, boolean isNew) {
    List<FieldError> errors = new ArrayList<>();
    if (isNew && (input.login() == null || !LOGIN.matcher(input.login()).matches())) {
      errors.add(
          new FieldError("login", "2 to 60 lower-case letters, digits and . _ @ -, starting with a letter or digit"));
    }
    if (input.name() != null || isNew) {
      if (input.name() == null || input.name().isBlank() || input.name().strip().length() > 120) {
        errors.add(new FieldError("name", "must have 1 to 120 characters"));
      }
    }
    if (input.bio() != null && input.bio().length() > 2000) {
      errors.add(new FieldError("bio", "must be at most 2000 characters"));
    }
    StoredText.checkLine(errors, "name", input.name());
    StoredText.checkText(errors, "bio", input.bio());
    if (isNew && input.role() == null) {
      errors.add(new FieldError("role", "must be one of admin, editor, author, contributor"));
    }
    if (input.password() != null || isNew) {
      checkPassword("password", input.password(), errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void checkPassword(String field, String password, List<FieldError> errors) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      errors.add(new FieldError(field, "must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
    }
  }

  private static Account account(User u) {
    return new Account(actor(u), CredentialsFingerprint.of(u.getPasswordHash(), u.getRole()));
  }

  private static Actor actor(User u) {
    return new Actor(u.getId(), u.getLogin(), u.getRole());
  }

  private static UserDetails details(User u) {
    return new UserDetails(
        u.getId(), u.getLogin(), u.getDisplayName(), u.getBio(), u.getRole(), u.isActive(), u.getCreatedAt());
  }
}
