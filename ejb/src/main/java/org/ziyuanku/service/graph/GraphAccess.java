package org.ziyuanku.service.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.CourseAccess;
import org.ziyuanku.service.graph.internal.GraphRepository;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;

/**
 * The knowledge-graph rules for the request's {@link Caller}. Anyone, signed in or not, reads a library's graph
 * (libraries are public). It is changed by the library's administrators, by course-team leads of its host or
 * participating units (those who create its courses) and by the teams of its courses (a COURSE-scoped teacher or
 * course-team-lead grant for one of them); anyone else is refused (403, audited DENIED). An unknown library, or a
 * node or edge of another library, is "not found" (404).
 */
@ApplicationScoped
public class GraphAccess {

    @Inject
    private Caller caller;

    @Inject
    private Libraries libraries;

    @Inject
    private GraphRepository graph;

    @Inject
    private AuditedCall audited;

    /** The library. @throws GraphRefusedException not found */
    public ResourceLibrary library(long libraryId) {
        ResourceLibrary library = libraries.find(libraryId);
        if (library == null) {
            throw new GraphRefusedException(GraphRefusedException.NO_LIBRARY, Long.toString(libraryId));
        }
        return library;
    }

    /** The library, when the caller may change its graph; audits and refuses anybody else. */
    public ResourceLibrary editable(long libraryId, String action) {
        ResourceLibrary library = library(libraryId);
        if (!mayEdit(library)) {
            audited.on("library:" + libraryId, "graph:" + libraryId);
            throw caller.denied(action + " graph of library " + libraryId);
        }
        return library;
    }

    /** The node of the library's graph. @throws GraphRefusedException not found (also for another library's) */
    public GraphNode node(long libraryId, long nodeId) {
        return graph.node(nodeId).filter(n -> n.getLibraryId() == libraryId)
                .orElseThrow(() -> new GraphRefusedException(GraphRefusedException.NO_NODE, Long.toString(nodeId)));
    }

    /** Whether the caller may change the library's graph. */
    public boolean mayEdit(ResourceLibrary library) {
        if (caller.isAnonymous()) {
            return false;
        }
        boolean unitLead = caller.holds(PlatformRole.COURSE_TEAM_LEAD) && caller.organisationId()
                .filter(unit -> CourseAccess.isUnitOf(library, unit)).isPresent();
        if (unitLead || caller.administersLibrary(library.getId())) {
            return true;
        }
        List<Long> courses = new ArrayList<>(caller.scopesOf(PlatformRole.TEACHER, ScopeType.COURSE));
        courses.addAll(caller.scopesOf(PlatformRole.COURSE_TEAM_LEAD, ScopeType.COURSE));
        return graph.anyCourseOf(library.getId(), courses);
    }
}
