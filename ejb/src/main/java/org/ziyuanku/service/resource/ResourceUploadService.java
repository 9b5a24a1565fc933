package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.resource.internal.ResourceIngest;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceViews;

/**
 * Uploads of single files by a signed-in contributor (runs in the OIDC virtual security domain). Each upload is one
 * transaction: the file becomes a draft of the library, or nothing is stored.
 */
@Stateless
@PermitAll
public class ResourceUploadService {

    static final String ACTION = "RESOURCE_UPLOAD";

    @Inject
    private Caller caller;

    @Inject
    private CallerResources callers;

    @Inject
    private Libraries libraries;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ResourceIngest ingest;

    @Inject
    private TeachingResourceViews views;

    @Inject
    private AuditedCall audited;

    /** The libraries the caller may upload into: those of their unit, and those they manage. */
    public List<LibraryChoiceView> libraries() {
        CallerAccess access = callers.access();
        return resources.candidateLibraries(caller.organisationId().orElse(-1L), access.managedLibraries()).stream()
                .filter(access::canContribute).map(l -> new LibraryChoiceView(l.getId(), l.getName())).toList();
    }

    /**
     * Checks that the caller contributes to the library before any content of an upload ({@code batch}: a zip of
     * folders) is read, so a refused upload stages and stores nothing. A refusal is audited as {@code RESOURCE_UPLOAD}
     * or {@code RESOURCE_BULK_UPLOAD} DENIED. A library that does not exist passes: the upload refuses it.
     *
     * @throws AccessDeniedException when the caller does not contribute to the library
     */
    @Audited(action = ACTION, outcomes = AuditOutcome.DENIED)
    public void checkContributor(@AuditScope("library:") @AuditTarget("library:") long libraryId, boolean batch) {
        audited.action(batch ? ResourceBulkUploadService.ACTION : ACTION);
        ResourceLibrary library = libraries.find(libraryId);
        if (library != null && !callers.access().canContribute(library)) {
            throw caller.denied("contribute to library " + libraryId);
        }
    }

    /**
     * Stores {@code content} as a new draft of the command's library, its type recognised from the content and its
     * attributes completed from the library (major, naming rule). Audited as {@code RESOURCE_UPLOAD}, refusals included.
     *
     * @throws AccessDeniedException when the caller does not contribute to the library
     * @throws ResourceRefusedException when the library does not exist or the content is not accepted
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException when an attribute holds a blocked word
     */
    @Audited(action = ACTION)
    public TeachingResourceView upload(UploadResourceCommand command, InputStream content) {
        audited.on("library:" + command.libraryId(), command.originalFilename());
        ResourceLibrary library = libraries.find(command.libraryId());
        if (library == null) {
            throw new ResourceRefusedException("resource.refused.noLibrary", Long.toString(command.libraryId()));
        }
        if (!callers.access().canContribute(library)) {
            throw caller.denied("contribute to library " + library.getId());
        }
        TeachingResource resource = ingest.ingest(library, callers.account(), command, content);
        audited.target("resource:" + resource.getId());
        audited.detail(resource.getMedia().getBlobSha256());
        return views.of(resource);
    }
}
