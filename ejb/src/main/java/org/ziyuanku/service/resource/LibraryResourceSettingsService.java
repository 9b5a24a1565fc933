package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.library.Libraries;

/**
 * A library's resource settings, changed by its administrators (runs in the OIDC virtual security domain): the naming
 * rule applied to every upload from then on (see the naming-rule fields in the resource architecture notes) and
 * whether downloading needs an account (previews and playback stay open).
 */
@Stateless
@PermitAll
public class LibraryResourceSettingsService {

    static final String ACTION = "LIBRARY_RESOURCE_SETTINGS";
    static final int MAX_RULE = 200;

    @Inject
    private Caller caller;

    @Inject
    private Libraries libraries;

    @Inject
    private AuditedCall audited;

    /**
     * Sets the naming rule and the download setting.
     *
     * @throws ResourceRefusedException for an unknown library or a rule over 200 characters
     * @throws AccessDeniedException when the caller does not manage the library
     */
    @Audited(action = ACTION)
    public LibraryResourceSettingsView change(@AuditScope("library:") @AuditTarget("library:") long libraryId,
            String namingRule, boolean downloadRequiresLogin) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new ResourceRefusedException("resource.refused.noLibrary", Long.toString(libraryId));
        }
        String name = caller.username();
        if (!caller.administersLibrary(libraryId)) {
            throw new AccessDeniedException(name + " does not manage library " + libraryId);
        }
        if (namingRule != null && namingRule.strip().length() > MAX_RULE) {
            throw new ResourceRefusedException("resource.refused.attribute", "naming rule > " + MAX_RULE);
        }
        library.configureResources(namingRule, downloadRequiresLogin);
        audited.detail("rule=" + library.getNamingRule() + " login=" + downloadRequiresLogin);
        return new LibraryResourceSettingsView(libraryId, library.getNamingRule(), library.isDownloadRequiresLogin());
    }
}
