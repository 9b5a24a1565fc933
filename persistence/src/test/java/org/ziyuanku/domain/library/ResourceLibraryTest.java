package org.ziyuanku.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.OrganisationType;

class ResourceLibraryTest {

    private final Organisation a = new Organisation("江苏农牧科技职业学院", OrganisationType.SCHOOL, null);
    private final Organisation b = new Organisation("山东畜牧兽医职业学院", OrganisationType.SCHOOL, null);
    private final Organisation c = new Organisation("湖北生物科技职业学院", OrganisationType.SCHOOL, null);
    private final Organisation d = new Organisation("中国珠宝玉石首饰行业协会", OrganisationType.ASSOCIATION, null);

    private static ResourceLibrary library() throws ReflectiveOperationException {
        Constructor<MajorCategory> ctor = MajorCategory.class.getDeclaredConstructor();
        ctor.setAccessible(true);
        return new ResourceLibrary("NAT-2", "动物药学", LibraryLevel.NATIONAL, ctor.newInstance());
    }

    @Test
    void assignHostUnits_keepsTheGivenOrder_firstIsTheFirstHostUnit() throws Exception {
        ResourceLibrary library = library();
        assertTrue(library.assignHostUnits(List.of(a, b, c)));
        assertEquals(List.of(a, b, c), library.getHostUnits());
        assertFalse(library.assignHostUnits(List.of(a, b, c)), "same list again changes nothing");
        assertTrue(library.assignHostUnits(List.of(b, a, c)), "a new order is a change");
        assertEquals(b, library.getHostUnits().get(0));
    }

    @Test
    void assignHostUnits_refusesMoreThanThreeNoneOrDuplicates() throws Exception {
        ResourceLibrary library = library();
        assertThrows(IllegalArgumentException.class, () -> library.assignHostUnits(List.of(a, b, c, d)));
        assertThrows(IllegalArgumentException.class, () -> library.assignHostUnits(List.of()));
        assertThrows(IllegalArgumentException.class, () -> library.assignHostUnits(List.of(a, a)));
    }

    @Test
    void aUnitIsEitherHostOrParticipant_neverBoth() throws Exception {
        ResourceLibrary library = library();
        library.assignHostUnits(List.of(a));
        assertThrows(IllegalArgumentException.class, () -> library.addParticipant(a));
        assertTrue(library.addParticipant(d));
        assertFalse(library.addParticipant(d));
        assertThrows(IllegalArgumentException.class, () -> library.assignHostUnits(List.of(a, d)));
    }

    @Test
    void newLibrary_requiresCodeAndName() {
        assertThrows(IllegalArgumentException.class,
                () -> new ResourceLibrary(" ", "动物药学", LibraryLevel.NATIONAL, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ResourceLibrary("NAT-2", "", LibraryLevel.NATIONAL, null));
    }
}
