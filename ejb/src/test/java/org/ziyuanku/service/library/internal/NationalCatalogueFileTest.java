package org.ziyuanku.service.library.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.OrganisationType;
import org.ziyuanku.service.library.internal.NationalCatalogueFile.LibraryEntry;
import org.ziyuanku.service.library.internal.NationalCatalogueFile.OrganisationEntry;

class NationalCatalogueFileTest {

    private static List<LibraryEntry> libraries() {
        return NationalCatalogueFile.readLibraries(
                NationalCatalogueFileTest.class.getResourceAsStream(NationalCatalogueFile.LIBRARIES));
    }

    private static Map<String, OrganisationEntry> organisations() {
        return NationalCatalogueFile.readOrganisations(
                NationalCatalogueFileTest.class.getResourceAsStream(NationalCatalogueFile.ORGANISATIONS))
                .stream().collect(Collectors.toMap(OrganisationEntry::name, Function.identity()));
    }

    @Test
    void dataFile_holdsThe203NationalLibrariesIn20Categories() {
        List<LibraryEntry> entries = libraries();
        assertEquals(203, entries.size());
        assertEquals(20, entries.stream().map(LibraryEntry::categoryCode).distinct().count());
        assertEquals(14, entries.stream().filter(e -> e.categoryCode().equals("41")).count(), "农林牧渔大类");
    }

    @Test
    void dataFile_keepsHostUnitsInOrder() {
        Map<Integer, LibraryEntry> byNo = libraries().stream()
                .collect(Collectors.toMap(LibraryEntry::catalogueNo, Function.identity()));
        assertEquals("动物药学", byNo.get(2).name());
        assertEquals(List.of("江苏农牧科技职业学院", "山东畜牧兽医职业学院", "湖北生物科技职业学院"), byNo.get(2).hostUnits());
        assertEquals("数字媒体专业群", byNo.get(118).name());
        assertEquals(List.of("深圳信息职业技术学院"), byNo.get(118).hostUnits());
        assertEquals("“一带一路”贸易文化传承与创新", byNo.get(203).name());
    }

    @Test
    void everyHostUnitIsClassified_nonSchoolsGetTheirType() {
        Map<String, OrganisationEntry> orgs = organisations();
        libraries().forEach(l -> l.hostUnits().forEach(h -> assertTrue(orgs.containsKey(h), h)));
        assertEquals(OrganisationType.ASSOCIATION, orgs.get("中国珠宝玉石首饰行业协会").type());
        assertEquals(OrganisationType.COMPANY, orgs.get("杭州品茗安控信息技术股份有限公司").type());
        assertEquals(OrganisationType.SCHOOL, orgs.get("深圳信息职业技术学院").type());
        assertEquals("44", orgs.get("深圳信息职业技术学院").provinceCode());
    }

    @Test
    void malformedLine_isRejectedWithItsLineNumber() {
        String text = "# comment\n1\t41\t动物检疫检验技术\tA|B|C|D\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NationalCatalogueFile
                .readLibraries(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }
}
