/**
 * Contracts between modules: the read port onto published content that plugins use, the blocks
 * they add to public pages with the theme that draws them, and the
 * shared resources they may rely on. Implementations live in other modules and are found by CDI.
 */
package org.inkwell.cms.core.spi;
