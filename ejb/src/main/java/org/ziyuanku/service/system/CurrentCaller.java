package org.ziyuanku.service.system;

import org.ziyuanku.domain.system.PlatformRole;

/**
 * The kernel's view of the request's caller, for the contexts below identity (system, audit) that may not use it:
 * identity's {@code Caller} implements it and is injected as this type there. Everything else injects {@code Caller}.
 */
public interface CurrentCaller {

    /** Whether there is no principal (anonymous visitor, timer, batch). */
    boolean isAnonymous();

    /** The platform account's id; null for the anonymous caller. */
    Long accountId();

    /** The user name, {@code anonymous} without a principal. */
    String username();

    /** Whether the caller holds the realm role now. */
    boolean holds(PlatformRole role);

    /** Whether the caller holds the realm role of that name. */
    boolean holdsRole(String roleName);
}
