/**
 * Reading request bodies field by field (so every type error is reported by name) and writing
 * responses with one cached JSON provider; shared by the REST resources of every module.
 */
package org.inkwell.cms.core.json;
