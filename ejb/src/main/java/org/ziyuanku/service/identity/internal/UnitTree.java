package org.ziyuanku.service.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.OrganisationUnit;
import org.ziyuanku.service.identity.OrganisationUnitView;

/** Lists an organisation's units depth first, each after its parent, siblings in their given order. */
public final class UnitTree {

    private UnitTree() {
    }

    /** The units (already in sibling order) as views with their depth and member count. */
    public static List<OrganisationUnitView> depthFirst(List<OrganisationUnit> units, Map<Long, Long> members) {
        Map<Long, List<OrganisationUnit>> children = new LinkedHashMap<>();
        for (OrganisationUnit u : units) {
            children.computeIfAbsent(parentId(u), k -> new ArrayList<>()).add(u);
        }
        List<OrganisationUnitView> out = new ArrayList<>(units.size());
        visit(null, 0, children, members, out);
        return out;
    }

    private static void visit(Long parent, int depth, Map<Long, List<OrganisationUnit>> children,
            Map<Long, Long> members, List<OrganisationUnitView> out) {
        for (OrganisationUnit u : children.getOrDefault(parent, List.of())) {
            out.add(new OrganisationUnitView(u.getId(), parent, u.getName(), u.getCode(), u.getSortOrder(), depth,
                    members.getOrDefault(u.getId(), 0L)));
            visit(u.getId(), depth + 1, children, members, out);
        }
    }

    private static Long parentId(OrganisationUnit u) {
        return u.getParent() == null ? null : u.getParent().getId();
    }
}
