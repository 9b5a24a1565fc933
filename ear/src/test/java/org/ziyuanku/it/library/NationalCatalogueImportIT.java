package org.ziyuanku.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ServerDatabase;
import org.ziyuanku.service.library.CatalogueImportReport;
import org.ziyuanku.service.library.NationalCatalogueImportService;

/** Inside the server: the catalogue import ran at deployment, and running it again changes nothing in the database. */
@ExtendWith(ArquillianExtension.class)
public class NationalCatalogueImportIT {

    @EJB(lookup = "java:global/ziyuanku/ziyuanku-ejb/NationalCatalogueImportService")
    private NationalCatalogueImportService importService;

    @Test
    void importTwice_changesNothing_databaseHoldsTheWholeList() throws Exception {
        long libraries = ServerDatabase.queryLong("select count(*) from resource_library where level = 'NATIONAL'");
        long hostRows = ServerDatabase.queryLong("select count(*) from library_host_unit");
        long organisations = ServerDatabase.queryLong("select count(*) from organisation");

        CatalogueImportReport report = importService.importNationalCatalogue();

        assertFalse(report.changedAnything(), report.toString());
        assertEquals(203, report.unchangedLibraries());
        assertEquals(203, libraries);
        assertEquals(203, ServerDatabase.queryLong("select count(*) from resource_library where level = 'NATIONAL'"));
        assertEquals(hostRows, ServerDatabase.queryLong("select count(*) from library_host_unit"));
        assertEquals(organisations, ServerDatabase.queryLong("select count(*) from organisation"));
        assertEquals(20, ServerDatabase.queryLong("select count(distinct category_id) from resource_library"));
    }

    @Test
    void hostUnitsAreStoredInOrder_andNonSchoolsHaveTheirType() throws Exception {
        assertEquals(0, ServerDatabase.queryLong("select count(*) from library_host_unit h join organisation o on o.id = h.organisation_id"
                + " join resource_library l on l.id = h.library_id where l.catalogue_no = 2 and h.position = 0"
                + " and o.name <> '江苏农牧科技职业学院'"));
        assertEquals(1, ServerDatabase.queryLong("select count(*) from library_host_unit h join organisation o on o.id = h.organisation_id"
                + " join resource_library l on l.id = h.library_id where l.catalogue_no = 2 and h.position = 2"
                + " and o.name = '湖北生物科技职业学院'"));
        assertEquals(1, ServerDatabase.queryLong("select count(*) from organisation where name = '中国珠宝玉石首饰行业协会' and type = 'ASSOCIATION'"));
        assertEquals(1, ServerDatabase.queryLong("select count(*) from organisation where name = '杭州品茗安控信息技术股份有限公司' and type = 'COMPANY'"));
    }
}
