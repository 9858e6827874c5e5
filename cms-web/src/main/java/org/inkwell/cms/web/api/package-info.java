/** The JAX-RS application: every module's resources under {@code /api}. */
package org.inkwell.cms.web.api;
