package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.course.CourseAssembly;
import org.ziyuanku.domain.course.CourseAssemblyPart;
import org.ziyuanku.domain.course.CourseItemKind;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.course.CourseAssemblyView;
import org.ziyuanku.service.course.CourseNodeView;
import org.ziyuanku.service.course.CoursePartView;
import org.ziyuanku.service.course.CourseView;
import org.ziyuanku.service.resource.ReferencedResource;
import org.ziyuanku.service.resource.ResourceReferences;

/**
 * Courses, outlines and 积件 as views, with what items reference read live: a resource's current title and kind (a new
 * approved version keeps its id, so it shows at once) and whether it is available.
 */
@ApplicationScoped
public class CourseViews {

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private CourseAssemblyRepository assemblies;

    @Inject
    private ResourceReferences references;

    public CourseView of(StandardCourse c, boolean editable, boolean leads) {
        Long pending = editable && c.getRevisionOf() == null && c.isPublic()
                ? courses.revisionOf(c).map(StandardCourse::getId).orElse(null) : null;
        return new CourseView(c.getId(), c.getLibraryId(), c.getCode(), c.getName(), c.getMajorId(), c.getHours(),
                c.getCredits(), c.getIntroduction(), c.getObjectives(), c.getStandardText(),
                c.getPortalTemplate().name(), c.getStatus().name(), c.getCourseVersion(),
                c.getRevisionOf() == null ? null : c.getRevisionOf().getId(), pending, c.getLeadId(),
                courses.displayName(c.getLeadId()), c.getPublishedAt(), editable, leads, c.getCoverSha256() != null);
    }

    /** The course's outline nodes, with their references read in two queries. */
    public List<CourseNodeView> outline(StandardCourse course) {
        List<CourseNode> all = nodes.outline(course);
        Map<Long, CourseAssembly> assemblyById = assemblies.findAll(all.stream().map(CourseNode::getAssemblyId)
                .filter(id -> id != null).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CourseAssembly::getId, Function.identity()));
        Set<Long> resourceIds = new HashSet<>();
        all.stream().map(CourseNode::getResourceId).filter(id -> id != null).forEach(resourceIds::add);
        assemblyById.values().forEach(a -> a.getParts().stream().map(CourseAssemblyPart::getResourceId)
                .filter(id -> id != null).forEach(resourceIds::add));
        Map<Long, ReferencedResource> resources = references.byId(resourceIds);
        List<CourseNodeView> views = new ArrayList<>();
        for (CourseNode n : all) {
            views.add(node(n, assemblyById.get(n.getAssemblyId()), resources));
        }
        return views;
    }

    public CourseAssemblyView of(CourseAssembly a) {
        Map<Long, ReferencedResource> resources = references.byId(a.getParts().stream()
                .map(CourseAssemblyPart::getResourceId).filter(id -> id != null).toList());
        return new CourseAssemblyView(a.getId(), a.getLibraryId(), a.getName(), a.getDescription(), a.getOwnerId(),
                parts(a, resources));
    }

    private static CourseNodeView node(CourseNode n, CourseAssembly assembly, Map<Long, ReferencedResource> found) {
        CoursePartView resource = n.getItemKind() == CourseItemKind.RESOURCE ? part(n.getResourceId(), null, found)
                : null;
        List<CoursePartView> parts = assembly == null ? List.of() : parts(assembly, found);
        boolean available = switch (n.getItemKind() == null ? CourseItemKind.PAGE : n.getItemKind()) {
            case RESOURCE -> resource.available();
            case ASSEMBLY -> parts.stream().anyMatch(CoursePartView::available);
            case PAGE, SELF_TEST -> true;
        };
        return new CourseNodeView(n.getId(), n.getNodeKey(), n.getParent() == null ? null : n.getParent().getId(),
                n.getDepth(), n.getPosition(), n.getTitle(), n.getItemKind() == null ? null : n.getItemKind().name(),
                n.getResourceId(), n.getAssemblyId(), n.getPageBody(), n.getMinSeconds(), n.isTrialDefault(),
                n.getContentHash(), resource, assembly == null ? null : assembly.getName(), parts, available);
    }

    private static List<CoursePartView> parts(CourseAssembly a, Map<Long, ReferencedResource> found) {
        return a.getParts().stream().map(p -> part(p.getResourceId(), p.getTitleOverride(), found)).toList();
    }

    private static CoursePartView part(Long resourceId, String titleOverride, Map<Long, ReferencedResource> found) {
        ReferencedResource r = resourceId == null ? null : found.get(resourceId);
        if (r == null) {
            return new CoursePartView(resourceId, titleOverride, null, null, null, false);
        }
        return new CoursePartView(r.id(), titleOverride == null ? r.title() : titleOverride, r.kind(), r.mediaType(),
                r.libraryName(), r.available());
    }
}
