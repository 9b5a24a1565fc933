package org.ziyuanku.service.library;

import java.io.Serializable;

/** What one import of the national catalogue changed; all zero but {@code unchangedLibraries} on a re-run. */
public record CatalogueImportReport(int createdOrganisations, int updatedOrganisations, int createdLibraries,
        int updatedLibraries, int unchangedLibraries) implements Serializable {

    public boolean changedAnything() {
        return createdOrganisations + updatedOrganisations + createdLibraries + updatedLibraries > 0;
    }
}
