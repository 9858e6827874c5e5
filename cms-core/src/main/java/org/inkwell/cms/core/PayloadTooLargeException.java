package org.inkwell.cms.core;

/**
 * A request body larger than the configured limit.
 *
 * @since 0.1
 */
public class PayloadTooLargeException extends CmsException {

  public PayloadTooLargeException(long limitBytes) {
    super(
        "payload-too-large",
        "Request body too large",
        "The request body exceeds the limit of " + limitBytes + " bytes.");
  }
}
