package org.ziyuanku.infrastructure.identity;

/**
 * One sign-in event the identity provider recorded: its id, when (epoch milliseconds), its type (LOGIN_ERROR,
 * UPDATE_PASSWORD, ...), the user name (or the user id when the name is unknown), the client's address and the error.
 */
public record IdentityEvent(String id, long time, String type, String username, String ipAddress, String error) {
}
