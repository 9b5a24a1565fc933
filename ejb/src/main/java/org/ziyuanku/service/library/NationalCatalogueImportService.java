package org.ziyuanku.service.library;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.library.LibraryStatus;
import org.ziyuanku.domain.library.MajorCategory;
import org.ziyuanku.domain.library.Province;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.library.internal.NationalCatalogueFile;
import org.ziyuanku.service.library.internal.NationalCatalogueFile.LibraryEntry;
import org.ziyuanku.service.library.internal.NationalCatalogueFile.OrganisationEntry;
import org.ziyuanku.service.library.internal.ReferenceDataRepository;
import org.ziyuanku.service.library.internal.ResourceLibraryRepository;
import org.ziyuanku.service.system.internal.ClusterLockRepository;

/**
 * Imports the 203 national libraries (国家级资源库一览表, 2020) and their host units from the data files in this
 * module. Idempotent: a second run changes nothing. One transaction, under the cluster lock "catalogue-import", so
 * nodes starting together import once and never leave a half-written catalogue.
 */
@Stateless
public class NationalCatalogueImportService {

    static final String CODE_PREFIX = "NAT-";
    private static final String LOCK = "catalogue-import";

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private ReferenceDataRepository referenceData;

    @Inject
    private ResourceLibraryRepository libraries;

    /** Brings the database in line with the data files and reports what changed. */
    public CatalogueImportReport importNationalCatalogue() {
        locks.lock(LOCK);
        List<OrganisationEntry> orgEntries = NationalCatalogueFile.readOrganisations(open(NationalCatalogueFile.ORGANISATIONS));
        List<LibraryEntry> libEntries = NationalCatalogueFile.readLibraries(open(NationalCatalogueFile.LIBRARIES));

        Map<String, Province> provinces = referenceData.provincesByCode();
        Map<String, Organisation> organisations = referenceData.organisationsByName();
        int createdOrgs = 0;
        int updatedOrgs = 0;
        for (OrganisationEntry entry : orgEntries) {
            Province province = entry.provinceCode() == null ? null : lookup(provinces, entry.provinceCode(), "province");
            Organisation existing = organisations.get(entry.name());
            if (existing == null) {
                Organisation created = new Organisation(entry.name(), entry.type(), province);
                referenceData.add(created);
                organisations.put(created.getName(), created);
                createdOrgs++;
            } else if (existing.classify(entry.type(), province)) {
                updatedOrgs++;
            }
        }

        Map<String, MajorCategory> categories = referenceData.categoriesByCode();
        Map<String, ResourceLibrary> existingLibraries = libraries.findByLevelWithHosts(LibraryLevel.NATIONAL);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (LibraryEntry entry : libEntries) {
            MajorCategory category = lookup(categories, entry.categoryCode(), "major category");
            List<Organisation> hosts = new ArrayList<>();
            for (String host : entry.hostUnits()) {
                hosts.add(lookup(organisations, host, "organisation"));
            }
            String code = CODE_PREFIX + entry.catalogueNo();
            ResourceLibrary library = existingLibraries.get(code);
            if (library == null) {
                library = new ResourceLibrary(code, entry.name(), LibraryLevel.NATIONAL, category);
                library.setCatalogueNo(entry.catalogueNo());
                library.reclassify(entry.name(), category, LibraryStatus.ACTIVE);
                library.assignHostUnits(hosts);
                libraries.add(library);
                created++;
            } else {
                boolean changed = library.reclassify(entry.name(), category, LibraryStatus.ACTIVE);
                changed |= library.assignHostUnits(hosts);
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        return new CatalogueImportReport(createdOrgs, updatedOrgs, created, updated, unchanged);
    }

    private static InputStream open(String resource) {
        InputStream in = NationalCatalogueImportService.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("catalogue data file missing: " + resource);
        }
        return in;
    }

    private static <T> T lookup(Map<String, T> map, String key, String what) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("catalogue data names an unknown " + what + ": " + key);
        }
        return value;
    }
}
