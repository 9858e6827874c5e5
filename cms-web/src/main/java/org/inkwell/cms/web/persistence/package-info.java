/**
 * The application's datasource: H2 in {@code CMS_DATA_DIR} by default, PostgreSQL (or any JDBC
 * database) when {@code CMS_DB_URL} is set, pooled by the server.
 */
package org.inkwell.cms.web.persistence;
