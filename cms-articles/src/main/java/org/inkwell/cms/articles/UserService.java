package org.inkwell.cms.articles;

import java.util.List;
import java.util.Optional;

/** Users and their credentials. Managing others needs an administrator. */
public interface UserService {

  /** The active user with these credentials, if the password matches. */
  Optional<Actor> authenticate(String login, String password);

  /** The active user with this login. */
  Optional<Actor> actor(String login);

  List<UserDetails> list(Actor actor);

  /** What the public author page shows of a user (name and bio); {@code login} may be anyone's. */
  Optional<UserDetails> profile(String login);

  UserDetails find(long id, Actor actor);

  UserDetails create(UserInput input, Actor actor);

  UserDetails update(long id, UserInput input, Actor actor);
}
