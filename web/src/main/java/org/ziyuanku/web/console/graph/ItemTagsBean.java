package org.ziyuanku.web.console.graph;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.graph.GraphAnnotationService;
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.ItemTagService;
import org.ziyuanku.service.graph.ResourceTagView;
import org.ziyuanku.service.system.RefusedException;

/**
 * The knowledge and skill points (知识点/技能点) of a course item (console/course/outline.xhtml) or a bank question
 * (console/exam/questions.xhtml) on its own edit page, through WEB-INF/includes/item-tags.xhtml: its tags, the
 * library's points by name, adding one and removing one (双向标注). The kind is {@code course-item} or {@code question}.
 */
@Named
@RequestScoped
public class ItemTagsBean {

    private static final int MAX_CHOICES = 200;

    @EJB
    private ItemTagService service;

    private final Map<String, List<ResourceTagView>> tags = new HashMap<>();
    private final Map<String, List<ResourceTagView>> choices = new HashMap<>();
    private String name;

    public List<ResourceTagView> tags(String kind, long targetId) {
        return tags.computeIfAbsent(kind + targetId, k -> service.tagsOf(kind(kind), targetId));
    }

    public List<ResourceTagView> choices(String kind, long targetId) {
        return choices.computeIfAbsent(kind + targetId, k -> service.choices(kind(kind), targetId, "", MAX_CHOICES));
    }

    /** Tags the item or question with the library's point of the name entered. */
    public void add(String kind, long targetId) {
        String wanted = name == null ? "" : name.strip();
        try {
            Optional<ResourceTagView> point = service.choices(kind(kind), targetId, wanted, MAX_CHOICES).stream()
                    .filter(c -> c.name().equals(wanted)).findFirst();
            if (point.isEmpty()) {
                Messages.addGlobalError("resource.tags.unknown", wanted);
                return;
            }
            tags.put(kind + targetId, service.tag(kind(kind), targetId, point.get().nodeId()));
            name = null;
            Messages.addGlobalInfo("resource.tags.added", wanted);
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** Removes the tag of that point. */
    public void remove(String kind, long targetId, long nodeId) {
        try {
            tags.put(kind + targetId, service.untag(kind(kind), targetId, nodeId));
            Messages.addGlobalInfo("resource.tags.removed");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    private static GraphLinkKind kind(String kind) {
        return GraphAnnotationService.kind(kind);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
