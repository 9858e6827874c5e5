/**
 * Turns every failure of a REST call into an RFC 9457 {@code application/problem+json} response
 * with the right status, and guards request size. Discovered by JAX-RS scanning; nothing imports
 * this package.
 */
package org.inkwell.cms.core.internal.rest;
