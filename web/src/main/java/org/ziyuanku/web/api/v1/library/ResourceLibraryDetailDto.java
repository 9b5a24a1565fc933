package org.ziyuanku.web.api.v1.library;

import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.library.LibraryDetailView;
import org.ziyuanku.service.library.OrganisationView;

/** One library: host unit names in order, and every unit with its type and role (HOST or PARTICIPANT). */
public record ResourceLibraryDetailDto(long id, String code, Integer catalogueNo, String name, String level,
        String status, String category, String categoryCode, String coreMajor, String province,
        List<String> hosts, List<UnitDto> units) {

    /** A host or participating unit. */
    public record UnitDto(long id, String name, String type, String role) {
    }

    static ResourceLibraryDetailDto of(LibraryDetailView v) {
        List<UnitDto> units = new ArrayList<>();
        v.hostUnits().forEach(o -> units.add(unit(o, "HOST")));
        v.participants().forEach(o -> units.add(unit(o, "PARTICIPANT")));
        return new ResourceLibraryDetailDto(v.id(), v.code(), v.catalogueNo(), v.name(), v.level().name(),
                v.status().name(), v.categoryName(), v.categoryCode(), v.coreMajor(), v.provinceName(),
                v.hostUnits().stream().map(OrganisationView::name).toList(), List.copyOf(units));
    }

    private static UnitDto unit(OrganisationView o, String role) {
        return new UnitDto(o.id(), o.name(), o.type().name(), role);
    }
}
