package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ActorPrincipal;
import org.inkwell.cms.articles.UserService;

/**
 * Checks logins against the stored users. PBKDF2 is slow on purpose, so a successful check and the
 * user it found are remembered for a minute ({@link VerifiedCredentials}); repeated failures for
 * one login are refused without checking for a while ({@link LoginThrottle}).
 */
@ApplicationScoped
public class CmsIdentityStore implements IdentityStore {

  @Inject UserService users;
  @Inject VerifiedCredentials verified;
  @Inject LoginThrottle throttle;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String name = login.getCaller();
    String password = login.getPasswordAsString();
    Optional<Actor> remembered = verified.find(name, password);
    if (remembered.isPresent()) {
      return valid(remembered.get());
    }
    if (throttle.isBlocked(name)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<Actor> actor = users.authenticate(name, password);
    if (actor.isEmpty()) {
      throttle.failed(name);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(name);
    verified.add(name, password, actor.get());
    return valid(actor.get());
  }

  private static CredentialValidationResult valid(Actor actor) {
    return new CredentialValidationResult(new ActorPrincipal(actor), Set.of(actor.role().name()));
  }
}
