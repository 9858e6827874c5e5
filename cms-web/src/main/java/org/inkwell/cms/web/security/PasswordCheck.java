package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.inkwell.cms.articles.Account;
import org.inkwell.cms.articles.UserService;

/**
 * Checks a login and password from one client address for both the API and the sign-in form.
 * PBKDF2 is slow on purpose, so a password verified in the last minute is remembered ({@link
 * VerifiedCredentials}) and, before any hash is computed, {@link LoginThrottle} may refuse. The
 * user is read on every check, so a deactivation, a new role or a new password counts at once.
 */
@ApplicationScoped
public class PasswordCheck {

  @Inject UserService users;
  @Inject VerifiedCredentials verified;
  @Inject LoginThrottle throttle;

  /**
   * What a check found: the account when the password is right, else how long the client must
   * wait when it was refused unchecked, else neither.
   */
  public record Outcome(Account account, Duration retryAfter) {

    static final Outcome WRONG = new Outcome(null, null);

    public boolean isValid() {
      return account != null;
    }

    public boolean isThrottled() {
      return retryAfter != null;
    }
  }

  public Outcome check(String login, String password, String address) {
    Optional<Account> current = users.account(login);
    if (current.isPresent() && verified.matches(login, password, current.get().credentials())) {
      return new Outcome(current.get(), null);
    }
    Optional<Duration> wait = throttle.admit(address, login);
    if (wait.isPresent()) {
      return new Outcome(null, wait.get());
    }
    Optional<Account> account = users.authenticate(login, password);
    if (account.isEmpty()) {
      throttle.failed(address, login);
      return Outcome.WRONG;
    }
    throttle.succeeded(address, login);
    verified.add(login, password, account.get().credentials());
    return new Outcome(account.get(), null);
  }
}
