package org.ziyuanku.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationUnitTest {

    private final Organisation school = new Organisation("测试职业技术学院", OrganisationType.SCHOOL, null);
    private final OrganisationUnit faculty = new OrganisationUnit(school, null, " 信息工程学院 ", "XG", 1);
    private final OrganisationUnit department = new OrganisationUnit(school, faculty, "软件技术系", null, 0);
    private final OrganisationUnit office = new OrganisationUnit(school, department, "程序设计教研室", " ", 0);

    @Test
    void new_stripsNameAndDropsBlankCode() {
        assertEquals("信息工程学院", faculty.getName());
        assertEquals("XG", faculty.getCode());
        assertNull(office.getCode());
        assertThrows(IllegalArgumentException.class, () -> new OrganisationUnit(school, null, "  ", null, 0));
    }

    @Test
    void wouldCycleUnder_itselfOrADescendant_isTrue_elsewhereFalse() {
        assertTrue(faculty.wouldCycleUnder(faculty));
        assertTrue(faculty.wouldCycleUnder(department));
        assertTrue(faculty.wouldCycleUnder(office));
        assertFalse(office.wouldCycleUnder(faculty));
        assertFalse(department.wouldCycleUnder(null));
    }

    @Test
    void moveUnder_aDescendant_isRefused_andNothingChanges() {
        assertThrows(IllegalArgumentException.class, () -> faculty.moveUnder(office));
        assertNull(faculty.getParent());
        office.moveUnder(faculty);
        assertSame(faculty, office.getParent());
        office.moveUnder(null);
        assertNull(office.getParent());
    }

    @Test
    void moveUnder_anotherOrganisationsUnit_isRefused() {
        Organisation other = new Organisation("另一学院", OrganisationType.SCHOOL, null);
        OrganisationUnit foreign = new OrganisationUnit(other, null, "外部", null, 0);
        assertThrows(IllegalArgumentException.class, () -> department.moveUnder(foreign));
        assertThrows(IllegalArgumentException.class, () -> new OrganisationUnit(school, foreign, "子", null, 0));
    }

    @Test
    void nameTaken_amongSiblings_ignoresTheUnitItselfAndBlanks() {
        OrganisationUnit second = new OrganisationUnit(school, faculty, "数字媒体系", null, 1);
        List<OrganisationUnit> siblings = List.of(department, second);
        assertTrue(OrganisationUnit.nameTaken(siblings, " 软件技术系", null));
        assertTrue(OrganisationUnit.nameTaken(siblings, "软件技术系", second));
        assertFalse(OrganisationUnit.nameTaken(siblings, "软件技术系", department));
        assertFalse(OrganisationUnit.nameTaken(siblings, "物联网系", null));
    }

    @Test
    void isChildOf_comparesParents() {
        assertTrue(department.isChildOf(faculty));
        assertTrue(faculty.isChildOf(null));
        assertFalse(office.isChildOf(faculty));
    }
}
