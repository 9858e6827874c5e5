package org.inkwell.cms.articles;

/** A user as content shows them: login and display name. */
public record Person(String login, String name) {}
