package org.inkwell.cms.articles;

/** A category with its place in the tree. */
public record CategoryDetails(
    long id, String slug, String name, String description, String parent, long version) {}
