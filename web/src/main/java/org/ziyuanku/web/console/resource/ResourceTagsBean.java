package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.graph.ResourceTagService;
import org.ziyuanku.service.graph.ResourceTagView;
import org.ziyuanku.web.console.graph.PointTagForm;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The knowledge and skill points (知识点/技能点) on a resource's describe page (console/resource/describe.xhtml?id=…):
 * the tags it has, a field offering the library's points by name, adding one and removing one (双向标注).
 */
@Named
@ViewScoped
public class ResourceTagsBean extends PointTagForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_CHOICES = 200;

    @EJB
    private ResourceTagService service;

    private String id;
    private String name;
    private final RequestMark tagsRead = new RequestMark();
    private final RequestMark choicesRead = new RequestMark();
    private transient List<ResourceTagView> tags;
    private transient List<ResourceTagView> choices;

    public List<ResourceTagView> getTags() {
        if (!tagsRead.marked()) {
            tagsRead.mark();
            tags = service.tagsOf(resourceId());
        }
        return tags;
    }

    public List<ResourceTagView> getChoices() {
        if (!choicesRead.marked()) {
            choicesRead.mark();
            choices = service.choices(resourceId(), "", MAX_CHOICES);
        }
        return choices;
    }

    /** Tags the resource with the library's point of that name. */
    public void add() {
        long resource = resourceId();
        addNamed(name, typed -> service.pointNamed(resource, typed), nodeId -> service.tag(resource, nodeId))
                .ifPresent(after -> {
                    tags = after;
                    tagsRead.mark();
                    name = null;
                });
    }

    /** Removes the tag of that point. */
    public void remove(long nodeId) {
        long resource = resourceId();
        removed(() -> service.untag(resource, nodeId)).ifPresent(after -> {
            tags = after;
            tagsRead.mark();
        });
    }

    /** The resource of the page's {@code id} view parameter; a malformed one is the page's 404. */
    private long resourceId() {
        return PageIds.of(id);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
