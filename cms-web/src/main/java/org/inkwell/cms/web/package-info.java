/**
 * The deployable WAR: assembles the modules, declares the datasource, secures the application and
 * serves the REST API under {@code /api}.
 */
package org.inkwell.cms.web;
