package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.ziyuanku.service.graph.ResourceTagService;
import org.ziyuanku.service.graph.ResourceTagView;
import org.ziyuanku.web.console.graph.PointTagForm;

/**
 * The knowledge and skill points (知识点/技能点) on a resource's describe page (console/resource/describe.xhtml?id=…):
 * the tags it has, a field offering the library's points by name, adding one and removing one (双向标注).
 */
@Named
@RequestScoped
public class ResourceTagsBean extends PointTagForm {

    private static final int MAX_CHOICES = 200;

    @EJB
    private ResourceTagService service;

    private String name;
    private List<ResourceTagView> tags;
    private List<ResourceTagView> choices;

    public List<ResourceTagView> getTags() {
        if (tags == null) {
            tags = resourceId().map(service::tagsOf).orElse(List.of());
        }
        return tags;
    }

    public List<ResourceTagView> getChoices() {
        if (choices == null) {
            choices = resourceId().map(id -> service.choices(id, "", MAX_CHOICES)).orElse(List.of());
        }
        return choices;
    }

    /** Tags the resource with the library's point of that name. */
    public void add() {
        resourceId().flatMap(id -> addNamed(name, typed -> service.pointNamed(id, typed),
                nodeId -> service.tag(id, nodeId))).ifPresent(after -> {
                    tags = after;
                    name = null;
                });
    }

    /** Removes the tag of that point. */
    public void remove(long nodeId) {
        resourceId().flatMap(id -> removed(() -> service.untag(id, nodeId))).ifPresent(after -> tags = after);
    }

    private Optional<Long> resourceId() {
        try {
            return Optional.of(Long.parseLong(String.valueOf(Faces.getRequestParameter("id")).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
