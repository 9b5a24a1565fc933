package org.ziyuanku.service.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ziyuanku.domain.course.CourseAssembly;
import org.ziyuanku.domain.course.CourseAssemblyPart;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.internal.CourseAssemblyRepository;
import org.ziyuanku.service.course.internal.CourseNodeRepository;
import org.ziyuanku.service.course.internal.CourseViews;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.resource.ReferencedResource;
import org.ziyuanku.service.resource.ResourceReferences;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * 积件 (runs in the OIDC virtual security domain): named, reusable assemblies of published resources of any library,
 * created in a library by those who may create its courses, changed and removed by their owner or the library's
 * administrators. Courses insert them by reference, so a change shows in every course at once; changes are audited
 * as {@code COURSE_ASSEMBLY_CHANGE}.
 */
@Stateless
@PermitAll
public class CourseAssemblyService {

    private static final String ACTION = "COURSE_ASSEMBLY_CHANGE";
    private static final int MAX_LIST = 500;

    @Inject
    private Caller caller;

    @Inject
    private CourseAccess access;

    @Inject
    private CourseAssemblyRepository assemblies;

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private CourseViews views;

    @Inject
    private ResourceReferences references;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** The caller's 积件 and those of the libraries they administer. */
    public List<CourseAssemblyView> list() {
        if (caller.isAnonymous()) {
            return List.of();
        }
        List<Long> libraries = caller.scopesOf(PlatformRole.LIBRARY_ADMIN, ScopeType.LIBRARY);
        return assemblies.of(libraries, caller.accountId(), MAX_LIST).stream().map(views::of).toList();
    }

    /** One 积件 (its parts are published resources, public anyway). */
    public CourseAssemblyView get(long id) {
        return views.of(assemblies.find(id).orElseThrow(() -> CourseRefusedException.notFound(id)));
    }

    @Audited(action = ACTION)
    public CourseAssemblyView create(CourseCommands.Assembly command) {
        access.libraryForCourses(command.libraryId(), ACTION);
        List<CourseAssemblyPart> parts = checked(command, null);
        CourseAssembly assembly = StandardCourseService.attempt(() -> new CourseAssembly(command.libraryId(),
                command.name(), command.description(), caller.accountId()));
        assembly.setParts(parts);
        assemblies.add(assembly);
        audited.done("library:" + command.libraryId(), "assembly:" + assembly.getId(), assembly.getName());
        return views.of(assembly);
    }

    @Audited(action = ACTION)
    public CourseAssemblyView update(@AuditTarget("assembly:") long id, CourseCommands.Assembly command) {
        CourseAssembly assembly = owned(id);
        List<CourseAssemblyPart> parts = checked(command, assembly);
        StandardCourseService.attempt(() -> {
            assembly.rename(command.name(), command.description());
            return assembly;
        });
        assembly.setParts(parts);
        audited.detail(assembly.getName());
        return views.of(assembly);
    }

    @Audited(action = ACTION)
    public void remove(@AuditTarget("assembly:") long id) {
        CourseAssembly assembly = owned(id);
        if (nodes.usingAssembly(id) > 0) {
            throw new CourseRefusedException("course.refused.assemblyInUse", assembly.getName());
        }
        audited.detail("removed " + assembly.getName());
        assemblies.remove(assembly);
    }

    private CourseAssembly owned(long id) {
        CourseAssembly assembly = assemblies.find(id).orElseThrow(() -> CourseRefusedException.notFound(id));
        audited.on("library:" + assembly.getLibraryId(), "assembly:" + id);
        if (!caller.is(assembly.getOwnerId()) && !caller.administersLibrary(assembly.getLibraryId())) {
            throw caller.denied(ACTION + " assembly " + id);
        }
        return assembly;
    }

    private List<CourseAssemblyPart> checked(CourseCommands.Assembly command, CourseAssembly existing) {
        if (command.name() == null || command.name().isBlank()) {
            throw new CourseRefusedException("course.refused.assemblyNameRequired");
        }
        screening.refuseBlocked(Stream.of(new ScreenedText("name", command.name()),
                new ScreenedText("description", command.description())).filter(t -> t.text() != null).toList());
        long library = existing == null ? command.libraryId() : existing.getLibraryId();
        if (assemblies.nameTaken(library, command.name().strip(), existing == null ? null : existing.getId())) {
            throw new CourseRefusedException("course.refused.assemblyNameTaken", command.name().strip());
        }
        List<Long> ids = command.resourceIds() == null ? List.of() : command.resourceIds();
        if (ids.isEmpty() || ids.size() > CourseAssembly.MAX_PARTS) {
            throw new CourseRefusedException("course.refused.assemblyParts", Integer.toString(CourseAssembly.MAX_PARTS));
        }
        Set<Long> published = new HashSet<>(references.published(ids).stream().map(ReferencedResource::id).toList());
        for (Long id : ids) {
            if (id == null || !published.contains(id)) {
                throw new CourseRefusedException("course.refused.resourceNotPublished", String.valueOf(id));
            }
        }
        return ids.stream().map(id -> new CourseAssemblyPart(id, null)).toList();
    }
}
