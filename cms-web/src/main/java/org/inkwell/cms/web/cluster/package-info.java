/**
 * Several nodes serving one site: this node's view of Payara Micro's data grid (which other
 * members it sees) and the {@code cluster} health check that reports it. Whether a node runs alone
 * or with others is decided by {@code run.sh} from {@code CMS_CLUSTER_MEMBERS}; nothing here
 * starts or joins a grid.
 */
package org.inkwell.cms.web.cluster;
