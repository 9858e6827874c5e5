package org.inkwell.cms.articles;

import java.util.List;
import java.util.Optional;

/** Users and their credentials. Managing others needs an administrator. */
public interface UserService {

  /** The active user with these credentials, if the password matches. */
  Optional<Account> authenticate(String login, String password);

  /** The active user with this login. */
  Optional<Actor> actor(String login);

  /**
   * The active user with this login as they are now, read again on every call: a session or a
   * remembered sign-in whose {@link Account#credentials()} differ ends at once.
   */
  Optional<Account> account(String login);

  List<UserDetails> list(Actor actor);

  /** What the public author page shows of a user (name and bio); {@code login} may be anyone's. */
  Optional<UserDetails> profile(String login);

  UserDetails find(long id, Actor actor);

  UserDetails create(UserInput input, Actor actor);

  /**
   * Changes a user. Users change their own name, bio and password; administrators also change
   * others' roles, activity and passwords, but not their own role or activity.
   */
  UserDetails update(long id, UserInput input, Actor actor);

  /** Changes the actor's own display name and bio; {@code null} keeps one, blank clears the bio. */
  UserDetails updateProfile(String name, String bio, Actor actor);

  /**
   * Changes the actor's own password after checking their current one; a wrong one is an invalid
   * {@code currentPassword}, a new one breaking the rules an invalid {@code newPassword}.
   */
  void changePassword(String currentPassword, String newPassword, Actor actor);
}
