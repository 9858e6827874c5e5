package org.inkwell.cms.articles;

/** A new user, or changes to one ({@code null} members unchanged). */
public record UserInput(
    String login, String name, String bio, Role role, Boolean active, String password) {}
