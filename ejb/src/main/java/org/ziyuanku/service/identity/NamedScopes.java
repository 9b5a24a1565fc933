package org.ziyuanku.service.identity;

import java.util.Optional;
import org.ziyuanku.domain.identity.ScopeType;

/**
 * The names of grant scopes that another context owns (a library, later a course): that context implements this, so
 * identity resolves such scopes without importing it.
 */
public interface NamedScopes {

    /** The scope type this answers for. */
    ScopeType type();

    /** The name of the scope with that id, or empty when there is none. */
    Optional<String> nameOf(long id);
}
