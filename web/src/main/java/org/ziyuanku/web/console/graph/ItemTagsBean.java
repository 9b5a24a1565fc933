package org.ziyuanku.web.console.graph;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.graph.GraphAnnotationService;
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.ItemTagService;
import org.ziyuanku.service.graph.ItemTagsView;
import org.ziyuanku.service.graph.ResourceTagView;

/**
 * The knowledge and skill points (知识点/技能点) of a course item (console/course/outline.xhtml) or a bank question
 * (console/exam/questions.xhtml) on its own edit page, through WEB-INF/includes/item-tags.xhtml: its tags, the
 * library's points by name, adding one and removing one (双向标注). The kind is {@code course-item} or {@code question}.
 * The tags of a whole outline and the library's points are read once per request ({@link ItemTagService#page}). The
 * page puts all its items in one form (forms inside a ui:repeat share one submitted flag: only the last one worked),
 * so the names typed are kept per target.
 */
@Named
@RequestScoped
public class ItemTagsBean extends PointTagForm {

    @EJB
    private ItemTagService service;

    private final List<ItemTagsView> pages = new ArrayList<>();
    private final Map<String, List<ResourceTagView>> changed = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private String failed;

    public List<ResourceTagView> tags(String kind, long targetId) {
        List<ResourceTagView> after = changed.get(kind + targetId);
        return after != null ? after : page(kind, targetId).tags().get(targetId);
    }

    public List<ResourceTagView> choices(String kind, long targetId) {
        return page(kind, targetId).choices();
    }

    /** Whether the form of this target is to show open: an add there changed nothing, so its field and text stay. */
    public boolean open(String kind, long targetId) {
        return (kind + targetId).equals(failed);
    }

    /** Tags the item or question with the library's point of the name entered. */
    public void add(String kind, long targetId) {
        GraphLinkKind k = kind(kind);
        addNamed(names.get(targetId), typed -> service.pointNamed(k, targetId, typed),
                nodeId -> service.tag(k, targetId, nodeId)).ifPresentOrElse(after -> {
                    changed.put(kind + targetId, after);
                    names.remove(targetId);
                }, () -> failed = kind + targetId);
    }

    /** Removes the tag of that point. */
    public void remove(String kind, long targetId, long nodeId) {
        GraphLinkKind k = kind(kind);
        removed(() -> service.untag(k, targetId, nodeId)).ifPresent(after -> changed.put(kind + targetId, after));
    }

    /** The names typed, by target (course item or question id). */
    public Map<Long, String> getNames() {
        return names;
    }

    private ItemTagsView page(String kind, long targetId) {
        GraphLinkKind k = kind(kind);
        for (ItemTagsView page : pages) {
            if (page.covers(k, targetId)) {
                return page;
            }
        }
        ItemTagsView page = service.page(k, targetId);
        pages.add(page);
        return page;
    }

    private static GraphLinkKind kind(String kind) {
        return GraphAnnotationService.kind(kind);
    }
}
