package org.inkwell.cms.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves the resources and providers of every module in the WAR (found by scanning, so that a
 * plugin's JAR brings its endpoints and removing it takes them away).
 */
@ApplicationPath("api")
public class RestApplication extends Application {}
