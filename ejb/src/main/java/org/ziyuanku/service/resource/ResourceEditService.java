package org.ziyuanku.service.resource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.identity.AccessDeniedException;
import org.ziyuanku.service.resource.internal.CallerResources;
import org.ziyuanku.service.resource.internal.ResourceContents;
import org.ziyuanku.service.resource.internal.ResourceIngest;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;

/**
 * Changing resources (runs in the OIDC virtual security domain): moving them to another course and module, and
 * editing plain-text resources online (在线编辑). Only the uploader and the library's managers may.
 */
@Stateless
@PermitAll
public class ResourceEditService {

    static final int MAX_EDITABLE_BYTES = 1024 * 1024;

    @Resource
    private SessionContext context;

    @Inject
    private CallerResources caller;

    @Inject
    private ResourceContents contents;

    @Inject
    private ResourceIngest ingest;

    @Inject
    private TeachingResourceViews views;

    /**
     * Moves the resources to another course and module of their library, all or none.
     *
     * @throws AccessDeniedException for a resource the caller may not change
     */
    public void move(List<Long> ids, String courseName, String moduleName) {
        for (TeachingResource resource : caller.changeable(context, ids, "RESOURCE_MOVE")) {
            try {
                resource.move(resource.getDescription().getCourseCode(), courseName, moduleName);
            } catch (IllegalArgumentException e) {
                throw new ResourceRefusedException("resource.refused.attribute", e.getMessage());
            }
            ResourceIngest.index(resource, resource.getExtractedText());
            caller.record(context, "RESOURCE_MOVE", resource);
        }
    }

    /**
     * The text of a plain-text resource the caller may change, for editing online.
     *
     * @throws ResourceRefusedException {@code resource.refused.notEditable} for any other format or a text over 1 MB
     */
    public String text(long id) {
        TeachingResource resource = editable(id);
        try {
            return Files.readString(contents.of(resource).file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.notEditable", resource.getStandardName());
        }
    }

    /** Saves the edited text as the resource's new content; audited as {@code RESOURCE_EDIT}. */
    public TeachingResourceView saveText(long id, String text) {
        TeachingResource resource = editable(id);
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_EDITABLE_BYTES) {
            throw new ResourceRefusedException("resource.refused.textSize", "1");
        }
        ingest.replaceContent(resource, new ByteArrayInputStream(bytes));
        caller.record(context, "RESOURCE_EDIT", resource);
        return views.of(resource);
    }

    private TeachingResource editable(long id) {
        TeachingResource resource = caller.changeable(context, List.of(id), "RESOURCE_EDIT").get(0);
        if (resource.isInRecycleBin() || !"txt".equals(resource.getMedia().getFormat())
                || resource.getMedia().getSizeBytes() > MAX_EDITABLE_BYTES) {
            throw new ResourceRefusedException("resource.refused.notEditable", resource.getStandardName());
        }
        return resource;
    }
}
