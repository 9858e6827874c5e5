package org.inkwell.cms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic for API clients. Anonymous requests pass through (published content is public); the
 * services decide what needs a signed-in user and answer 401 or 403.
 */
@BasicAuthenticationMechanismDefinition(realmName = "cms")
@ApplicationScoped
public class SecurityConfiguration {}
