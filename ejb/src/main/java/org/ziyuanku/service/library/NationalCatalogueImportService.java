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
import org.ziyuanku.domain.identity.Province;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.library.internal.NationalCatalogueFile;
import org.ziyuanku.service.library.internal.NationalCatalogueFile.LibraryEntry;
import org.ziyuanku.service.library.internal.NationalCatalogueFile.OrganisationEntry;
import org.ziyuanku.service.library.internal.ReferenceDataRepository;
import org.ziyuanku.service.library.internal.ResourceLibraryRepository;
import org.ziyuanku.service.system.ClusterLockRepository;

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
        Map<String, Organisation> organisations = referenceData.organisationsByName();
        int[] orgCounts = importOrganisations(orgEntries, organisations);
        int[] libCounts = importLibraries(libEntries, organisations);
        return new CatalogueImportReport(orgCounts[0], orgCounts[1], libCounts[0], libCounts[1], libCounts[2]);
    }

    /** Creates missing organisations and reclassifies changed ones; returns {created, updated}. */
    private int[] importOrganisations(List<OrganisationEntry> entries, Map<String, Organisation> organisations) {
        Map<String, Province> provinces = referenceData.provincesByCode();
        int created = 0;
        int updated = 0;
        for (OrganisationEntry entry : entries) {
            Province province = entry.provinceCode() == null ? null : lookup(provinces, entry.provinceCode(), "province");
            Organisation existing = organisations.get(entry.name());
            if (existing == null) {
                Organisation organisation = new Organisation(entry.name(), entry.type(), province);
                referenceData.add(organisation);
                organisations.put(organisation.getName(), organisation);
                created++;
            } else if (existing.classify(entry.type(), province)) {
                updated++;
            }
        }
        return new int[] {created, updated};
    }

    /** Creates missing national libraries and updates changed ones; returns {created, updated, unchanged}. */
    private int[] importLibraries(List<LibraryEntry> entries, Map<String, Organisation> organisations) {
        Map<String, MajorCategory> categories = referenceData.categoriesByCode();
        Map<String, ResourceLibrary> existing = libraries.findByLevelWithHosts(LibraryLevel.NATIONAL);
        int[] counts = new int[3];
        for (LibraryEntry entry : entries) {
            MajorCategory category = lookup(categories, entry.categoryCode(), "major category");
            List<Organisation> hosts = new ArrayList<>();
            for (String host : entry.hostUnits()) {
                hosts.add(lookup(organisations, host, "organisation"));
            }
            ResourceLibrary library = existing.get(CODE_PREFIX + entry.catalogueNo());
            if (library == null) {
                library = new ResourceLibrary(CODE_PREFIX + entry.catalogueNo(), entry.name(), LibraryLevel.NATIONAL,
                        category);
                library.setCatalogueNo(entry.catalogueNo());
                library.reclassify(entry.name(), category, LibraryStatus.ACTIVE);
                library.assignHostUnits(hosts);
                libraries.add(library);
                counts[0]++;
            } else {
                boolean changed = library.reclassify(entry.name(), category, LibraryStatus.ACTIVE);
                changed |= library.assignHostUnits(hosts);
                counts[changed ? 1 : 2]++;
            }
        }
        return counts;
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
