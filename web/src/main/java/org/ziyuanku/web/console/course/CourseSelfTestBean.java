package org.ziyuanku.web.console.course;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.course.CourseNodeView;
import org.ziyuanku.service.course.CourseOutlineService;
import org.ziyuanku.service.course.CourseOutlineView;
import org.ziyuanku.service.exam.PaperService;
import org.ziyuanku.service.exam.PaperView;
import org.ziyuanku.service.exam.SelfTestService;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/**
 * The self-tests of a course in its outline editor (console/course/outline.xhtml?id=…): each SELF_TEST item with its
 * paper, and a form that sets an item's paper from the papers of the course's library (a Faces POST; the service
 * checks the team and the library). Request-scoped: it holds only the form's choice; the course id lives in the view,
 * in {@link CourseOutlineBean}.
 */
@Named
@RequestScoped
public class CourseSelfTestBean {

    @EJB
    private CourseOutlineService outlines;

    @EJB
    private PaperService papers;

    @EJB
    private SelfTestService selfTests;

    @Inject
    private CourseOutlineBean outline;

    private Long itemId;
    private Long paperId;
    private List<CourseNodeView> items;
    private List<PaperView> libraryPapers;

    /** The course's SELF_TEST items. */
    public List<CourseNodeView> getItems() {
        if (items == null) {
            CourseOutlineView outline = outlines.outline(courseId());
            items = outline.nodes().stream().filter(n -> "SELF_TEST".equals(n.itemKind())).toList();
        }
        return items;
    }

    /** The papers of the course's library (none when the caller works in no bank of it). */
    public List<PaperView> getPapers() {
        if (libraryPapers == null) {
            try {
                libraryPapers = papers.list(outlines.outline(courseId()).course().libraryId());
            } catch (RefusedException | AccessDeniedException e) {
                libraryPapers = List.of();
            }
        }
        return libraryPapers;
    }

    /** The title of the item's paper, or empty when none is set (or the caller may not read it). */
    public String paperOf(long nodeId) {
        try {
            Long paper = selfTests.paperOf(nodeId);
            if (paper == null) {
                return "";
            }
            Map<Long, PaperView> byId = getPapers().stream().collect(Collectors.toMap(PaperView::id,
                    Function.identity()));
            return byId.containsKey(paper) ? byId.get(paper).title() : "#" + paper;
        } catch (RefusedException | AccessDeniedException e) {
            return "";
        }
    }

    /** Sets the chosen item's paper. */
    public void save() {
        if (itemId == null || paperId == null) {
            Messages.addGlobalError("course.selfTest.choose");
            return;
        }
        RefusalMessages.changeOrForbidden(() -> selfTests.setPaper(itemId, paperId), "course.selfTest.saved");
    }

    /** The course of the outline page, whose view parameter the view-scoped outline bean holds. */
    private long courseId() {
        Long id = outline.getId();
        if (id == null) {
            throw new SubjectNotFoundException("outline page without a course id");
        }
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getPaperId() {
        return paperId;
    }

    public void setPaperId(Long paperId) {
        this.paperId = paperId;
    }
}
