package org.inkwell.cms.core;

/**
 * An update did not say which version it was based on, so it could overwrite someone else's work.
 *
 * @since 0.1
 */
public class VersionRequiredException extends CmsException {

  public VersionRequiredException() {
    super(
        "version-required",
        "Version required",
        "Send the ETag you read in an If-Match header so that concurrent edits are not lost.");
  }
}
