package org.ziyuanku.service.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.identity.NamedScopes;

/** Library answers identity's {@link NamedScopes} for library-scoped role grants. */
@ApplicationScoped
public class LibraryScopes implements NamedScopes {

    @Inject
    private Libraries libraries;

    @Override
    public ScopeType type() {
        return ScopeType.LIBRARY;
    }

    @Override
    public Optional<String> nameOf(long id) {
        return Optional.ofNullable(libraries.find(id)).map(ResourceLibrary::getName);
    }
}
