package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.domain.resource.ResourceDescription;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.internal.ResourceContents;
import org.ziyuanku.service.resource.internal.ResourceIngest;
import org.ziyuanku.service.resource.internal.ResourceRevisions;
import org.ziyuanku.service.resource.internal.ResourceTexts;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;
import org.ziyuanku.service.review.SensitiveWordBlockedException;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Changing resources (runs in the OIDC virtual security domain): describing them anew, moving them to another course
 * and module, and editing plain-text resources online (在线编辑). Only the uploader and the library's managers may,
 * and not while the resource is under review. A change to a published resource makes (or continues) its new version,
 * which goes through review while the published version stays as learners know it.
 */
@Stateless
@PermitAll
public class ResourceEditService {

    static final int MAX_EDITABLE_BYTES = 1024 * 1024;

    @Inject
    private CallerResources caller;

    @Inject
    private ResourceContents contents;

    @Inject
    private ResourceIngest ingest;

    @Inject
    private TeachingResourceViews views;

    @Inject
    private ResourceRevisions revisions;

    @Inject
    private SensitiveWordScreening screening;

    /**
     * Moves the resources to another course and module of their library, all or none.
     *
     * @throws AccessDeniedException for a resource the caller may not change
     * @throws SensitiveWordBlockedException when the course or module name holds a blocked word
     */
    @Audited(action = "RESOURCE_MOVE")
    public void move(@AuditTarget("resources:") List<Long> ids, String courseName, String moduleName) {
        for (TeachingResource resource : caller.changeable(ids, "RESOURCE_MOVE")) {
            TeachingResource version = revisions.editableVersion(resource, caller.account());
            try {
                version.move(version.getDescription().getCourseCode(), courseName, moduleName);
            } catch (IllegalArgumentException e) {
                throw new ResourceRefusedException("resource.refused.attribute", e.getMessage());
            }
            screening.refuseBlocked(ResourceTexts.written(version.getDescription()));
            ResourceIngest.index(version, version.getExtractedText());
            caller.record(version);
        }
    }

    /**
     * Describes the resource anew (the version an edit changes, see the class); answers that version. Audited as
     * {@code RESOURCE_DESCRIBE}.
     *
     * @throws ResourceRefusedException {@code resource.refused.attribute} for a missing title or a value too long
     * @throws SensitiveWordBlockedException when an attribute holds a blocked word (flagged words pass; review marks
     *         them)
     */
    @Audited(action = "RESOURCE_DESCRIBE")
    public TeachingResourceView describe(@AuditTarget("resource:") long id, DescribeResourceCommand command) {
        TeachingResource resource = caller.changeable(List.of(id), "RESOURCE_DESCRIBE").get(0);
        if (resource.isInRecycleBin()) {
            throw new ResourceNotFoundException(id);
        }
        if (command.title() == null || command.title().isBlank()) {
            throw new ResourceRefusedException("resource.refused.titleMissing");
        }
        ResourceDescription description;
        try {
            description = new ResourceDescription(command.title(),
                    command.source() == null ? ResourceSource.ORIGINAL : command.source(), command.language())
                    .placedIn(command.courseCode(), command.courseName(), command.moduleName(),
                            command.knowledgePoints())
                    .describedAs(command.description(), command.keywords(), command.authorName(), command.licence());
        } catch (IllegalArgumentException e) {
            throw new ResourceRefusedException("resource.refused.attribute", String.valueOf(e.getMessage()));
        }
        screening.refuseBlocked(ResourceTexts.written(description));
        TeachingResource version = revisions.editableVersion(resource, caller.account());
        version.redescribe(description);
        ResourceIngest.index(version, version.getExtractedText());
        caller.record(version);
        return views.of(version);
    }

    /**
     * The resource as the describe page shows it for describing anew: one the caller may change (its uploader or the
     * library's administrators), so nobody else is offered a form they cannot save.
     *
     * @throws ResourceNotFoundException for one the caller cannot see (or in the recycle bin)
     * @throws AccessDeniedException for one they see but may not change (audited {@code RESOURCE_DESCRIBE} DENIED)
     */
    @Audited(action = "RESOURCE_DESCRIBE", outcomes = AuditOutcome.DENIED)
    public TeachingResourceView describable(@AuditTarget("resource:") long id) {
        TeachingResource resource = caller.visible(id);
        if (!caller.access().canChange(resource)) {
            caller.deny("RESOURCE_DESCRIBE", resource);
        }
        return views.of(resource);
    }

    /**
     * The text of a plain-text resource the caller may change, for editing online.
     *
     * @throws ResourceRefusedException {@code resource.refused.notEditable} for any other format or a text over 1 MB
     */
    @Audited(action = "RESOURCE_EDIT", outcomes = AuditOutcome.DENIED)
    public String text(@AuditTarget("resource:") long id) {
        TeachingResource resource = editable(id);
        try {
            return Files.readString(contents.of(resource).file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.notEditable", resource.getStandardName());
        }
    }

    /** Saves the edited text as the resource's new content; audited as {@code RESOURCE_EDIT}. */
    @Audited(action = "RESOURCE_EDIT")
    public TeachingResourceView saveText(@AuditTarget("resource:") long id, String text) {
        TeachingResource resource = revisions.editableVersion(editable(id), caller.account());
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_EDITABLE_BYTES) {
            throw new ResourceRefusedException("resource.refused.textSize", "1");
        }
        ingest.replaceContent(resource, new ByteArrayInputStream(bytes));
        caller.record(resource);
        return views.of(resource);
    }

    private TeachingResource editable(long id) {
        TeachingResource resource = caller.changeable(List.of(id), "RESOURCE_EDIT").get(0);
        if (resource.isInRecycleBin() || !"txt".equals(resource.getMedia().getFormat())
                || resource.getMedia().getSizeBytes() > MAX_EDITABLE_BYTES) {
            throw new ResourceRefusedException("resource.refused.notEditable", resource.getStandardName());
        }
        return resource;
    }
}
