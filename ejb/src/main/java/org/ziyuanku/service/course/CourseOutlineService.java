package org.ziyuanku.service.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.domain.course.CourseItemKind;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.internal.CourseAssemblyRepository;
import org.ziyuanku.service.course.internal.CourseNodeRepository;
import org.ziyuanku.service.course.internal.CoursePages;
import org.ziyuanku.service.course.internal.CourseViews;
import org.ziyuanku.service.resource.ResourceReferences;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * A course's outline (runs in the OIDC virtual security domain): modules → topics → items. A RESOURCE item references
 * a published resource of any library by id (never a copy), an ASSEMBLY item a 积件, a PAGE item carries rich text
 * sanitised with jsoup's relaxed safelist. Titles and pages are screened for sensitive words. Only the team changes
 * it, and only while the course is not under review and not the published course itself (see
 * {@link StandardCourseService#newVersion}); every change is audited as {@code COURSE_OUTLINE_CHANGE}.
 */
@Stateless
@PermitAll
public class CourseOutlineService {

    private static final String ACTION = "COURSE_OUTLINE_CHANGE";

    @Inject
    private CourseAccess access;

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private CourseAssemblyRepository assemblies;

    @Inject
    private CourseViews views;

    @Inject
    private ResourceReferences references;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /** The course with its outline, as the caller may see it. */
    public CourseOutlineView outline(long courseId) {
        StandardCourse course = access.visible(courseId);
        return new CourseOutlineView(views.of(course, access.canEdit(course), access.canLead(course)),
                views.outline(course));
    }

    /** Adds a module (no parent), a topic (under a module) or an item (under a topic); answers the outline. */
    @Audited(action = ACTION)
    public CourseOutlineView add(@AuditTarget("course:") long courseId, CourseCommands.Node command) {
        StandardCourse course = access.changeable(courseId, ACTION);
        audited.on("library:" + course.getLibraryId(), "course:" + courseId);
        CourseNode parent = command.parentId() == null ? null : nodeOf(course, command.parentId());
        int depth = parent == null ? CourseNode.MODULE : parent.getDepth() + 1;
        if (depth > CourseNode.ITEM) {
            throw new CourseRefusedException("course.refused.tooDeep");
        }
        List<CourseNode> siblings = nodes.children(course, parent);
        int position = command.position() == null ? siblings.size()
                : Math.max(0, Math.min(command.position(), siblings.size()));
        requireTitle(command.title());
        CourseNode node = StandardCourseService.attempt(() -> new CourseNode(course, depth, command.title(), parent,
                position));
        fill(node, command);
        for (CourseNode sibling : siblings) {
            if (sibling.getPosition() >= position) {
                sibling.placeUnder(parent, sibling.getPosition() + 1);
            }
        }
        nodes.add(node);
        audited.detail(node.getNodeKey().toString());
        return outline(courseId);
    }

    /** Changes the node's title, content (items) and position among its siblings; answers the outline. */
    @Audited(action = ACTION)
    public CourseOutlineView change(@AuditTarget("course:") long courseId, long nodeId, CourseCommands.Node command) {
        StandardCourse course = access.changeable(courseId, ACTION);
        audited.on("library:" + course.getLibraryId(), "course:" + courseId);
        CourseNode node = nodeOf(course, nodeId);
        requireTitle(command.title());
        StandardCourseService.attempt(() -> {
            node.retitle(command.title());
            return node;
        });
        fill(node, command);
        if (command.position() != null && command.position() != node.getPosition()) {
            move(course, node, command.position());
        }
        audited.detail(node.getNodeKey().toString());
        return outline(courseId);
    }

    /** Removes the node with everything under it; answers the outline. */
    @Audited(action = ACTION)
    public CourseOutlineView remove(@AuditTarget("course:") long courseId, long nodeId) {
        StandardCourse course = access.changeable(courseId, ACTION);
        audited.on("library:" + course.getLibraryId(), "course:" + courseId);
        CourseNode node = nodeOf(course, nodeId);
        CourseNode parent = node.getParent();
        audited.detail(node.getNodeKey().toString());
        nodes.remove(node);
        renumber(nodes.children(course, parent), parent);
        return outline(courseId);
    }

    private void fill(CourseNode node, CourseCommands.Node command) {
        List<ScreenedText> texts = new ArrayList<>(List.of(new ScreenedText("title", command.title())));
        if (node.getDepth() == CourseNode.ITEM) {
            CourseItemKind kind = kindOf(command.itemKind());
            String body = kind == CourseItemKind.PAGE ? CoursePages.sanitise(command.pageBody()) : null;
            if (kind == CourseItemKind.RESOURCE) {
                requirePublished(command.resourceId());
            } else if (kind == CourseItemKind.ASSEMBLY) {
                requireAssembly(command.assemblyId());
            } else if (kind == CourseItemKind.PAGE) {
                texts.add(new ScreenedText("text", CoursePages.text(body)));
            }
            int seconds = command.minSeconds() == null ? CourseNode.DEFAULT_MIN_SECONDS : command.minSeconds();
            StandardCourseService.attempt(() -> {
                node.setContent(kind, command.resourceId(), command.assemblyId(), body, seconds,
                        command.trialDefault());
                return node;
            });
        }
        screening.refuseBlocked(texts);
    }

    private void move(StandardCourse course, CourseNode node, int position) {
        List<CourseNode> siblings = new ArrayList<>(nodes.children(course, node.getParent()));
        siblings.remove(node);
        siblings.add(Math.max(0, Math.min(position, siblings.size())), node);
        renumber(siblings, node.getParent());
    }

    private static void renumber(List<CourseNode> siblings, CourseNode parent) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeUnder(parent, i);
        }
    }

    private CourseNode nodeOf(StandardCourse course, long nodeId) {
        return nodes.find(nodeId).filter(n -> n.getCourse().getId().equals(course.getId()))
                .orElseThrow(() -> CourseRefusedException.notFound(nodeId));
    }

    private void requirePublished(Long resourceId) {
        if (resourceId == null || references.published(List.of(resourceId)).isEmpty()) {
            throw new CourseRefusedException("course.refused.resourceNotPublished", String.valueOf(resourceId));
        }
    }

    private void requireAssembly(Long assemblyId) {
        if (assemblyId == null || assemblies.find(assemblyId).isEmpty()) {
            throw new CourseRefusedException("course.refused.noAssembly", String.valueOf(assemblyId));
        }
    }

    private static void requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new CourseRefusedException("course.refused.titleRequired");
        }
    }

    private static CourseItemKind kindOf(String kind) {
        try {
            return CourseItemKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new CourseRefusedException("course.refused.itemKind", String.valueOf(kind));
        }
    }
}
