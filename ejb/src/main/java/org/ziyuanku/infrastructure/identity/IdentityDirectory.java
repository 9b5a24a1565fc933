package org.ziyuanku.infrastructure.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The identity provider's user directory, as the platform changes it: realm roles that follow role grants, the
 * two-factor setup an administrator role demands, and enabled/disabled accounts. Credentials never pass through it.
 */
public interface IdentityDirectory {

    /** The user's display name ("张 学生"), or empty when the directory has no such user. */
    Optional<String> displayNameOf(String username);

    /**
     * The e-mail addresses of those of the users the directory has one for, by user name, read in one batch; an
     * address the user has not verified counts (it was given at registration or by an administrator), a missing or
     * blank one does not, and unknown users are left out.
     */
    Map<String, String> emailsOf(Collection<String> usernames);

    /** Gives the user the realm role; holding it already is fine. */
    void addRealmRole(String username, String roleName);

    /** Takes the realm role from the user; not holding it is fine. */
    void removeRealmRole(String username, String roleName);

    /** Makes the user set up TOTP at the next sign-in unless they already have it. */
    void requireTwoFactor(String username);

    /** Enables or disables the user's sign-in; disabling also ends their sessions. */
    void setEnabled(String username, boolean enabled);

    /**
     * The provider's sign-in events of the given types from {@code sinceMillis} on (inclusive), oldest first, at most
     * {@code max}.
     */
    List<IdentityEvent> eventsSince(long sinceMillis, Set<String> types, int max);

    /**
     * Makes the user change their password at the next sign-in when it was set before {@code cutoff}; returns whether
     * that was newly required (false for an unknown user, a recent password, or a change already pending).
     */
    boolean requirePasswordChangeIfSetBefore(String username, Instant cutoff);

    /** Whether the directory has a user with this user name (case-insensitive). */
    boolean hasUser(String username);

    /** Whether a user of the directory has this e-mail address (case-insensitive). */
    boolean hasEmail(String email);

    /**
     * Creates an enabled user without a password, with the realm role, who must set a password and verify the e-mail
     * address, and has the directory send them the e-mail with the link to do so. All or nothing: when any step
     * fails, the user is removed again (best effort) and {@link IdentityDirectoryException} is thrown.
     */
    void invite(String username, String displayName, String email, String realmRole);
}
