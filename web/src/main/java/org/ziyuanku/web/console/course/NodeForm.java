package org.ziyuanku.web.console.course;

import java.io.Serializable;
import org.ziyuanku.service.course.CourseCommands;

/** The outline editor's "add a node" form: parent, title, and for an item its kind and reference or page. */
public class NodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long parentId;
    private String title;
    private String itemKind = "RESOURCE";
    private Long resourceId;
    private Long assemblyId;
    private String pageBody;

    CourseCommands.Node command() {
        return new CourseCommands.Node(parentId, null, title, itemKind, resourceId, assemblyId, pageBody, null, false);
    }

    void clear() {
        title = null;
        resourceId = null;
        assemblyId = null;
        pageBody = null;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getItemKind() {
        return itemKind;
    }

    public void setItemKind(String itemKind) {
        this.itemKind = itemKind;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public void setAssemblyId(Long assemblyId) {
        this.assemblyId = assemblyId;
    }

    public String getPageBody() {
        return pageBody;
    }

    public void setPageBody(String pageBody) {
        this.pageBody = pageBody;
    }
}
