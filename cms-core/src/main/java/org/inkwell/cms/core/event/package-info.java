/**
 * Content events, fired by the article and page services only after the transaction that caused them has
 * committed. Payloads are immutable snapshots, so observers may keep them or hand them to another
 * thread. Observers should return quickly and hand slow work to a managed executor.
 */
package org.inkwell.cms.core.event;
