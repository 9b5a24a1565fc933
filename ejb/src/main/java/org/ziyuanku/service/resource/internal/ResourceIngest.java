package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.Major;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.MediaFacts;
import org.ziyuanku.domain.resource.ResourceDescription;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.domain.resource.SearchTerms;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.infrastructure.media.ArchiveInspector;
import org.ziyuanku.infrastructure.media.ArchiveLimits;
import org.ziyuanku.infrastructure.media.ArchiveRejectedException;
import org.ziyuanku.infrastructure.media.MediaProbe;
import org.ziyuanku.infrastructure.media.MediaRejectedException;
import org.ziyuanku.infrastructure.media.ProbedMedia;
import org.ziyuanku.infrastructure.media.ThumbnailMaker;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.infrastructure.storage.BlobTooLargeException;
import org.ziyuanku.infrastructure.storage.StagedBlob;
import org.ziyuanku.service.resource.ResourceRefusedException;
import org.ziyuanku.service.resource.UploadResourceCommand;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * The one path a file takes into a library, in the caller's transaction: streamed into staging while hashed, its real
 * type recognised from content, checked against its kind's limit, kept under its SHA-256 (with a thumbnail for images
 * and animations), then described, named by the library's rule and indexed. A refusal leaves nothing behind: the staging file is removed and no row is written. If
 * the transaction fails after the file was kept, the unclaimed file is removed by the blob sweeper.
 */
@ApplicationScoped
public class ResourceIngest {

    /** The page a virtual simulation package opens with. */
    public static final String PACKAGE_START = "index.html";

    @Inject
    private BlobStore blobs;

    @Inject
    private MediaProbe probe;

    @Inject
    private ResourceLimits limits;

    @Inject
    private ThumbnailMaker thumbnails;

    @Inject
    private ArchiveInspector archives;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private ArchivePrograms programs;

    /**
     * Stores the content as a new draft of {@code library} uploaded by {@code uploader}. Its attributes are screened
     * for sensitive words before the content is read.
     *
     * @throws ResourceRefusedException {@code resource.refused.*} for content that is not accepted
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException when an attribute holds a blocked word
     */
    public TeachingResource ingest(ResourceLibrary library, UserAccount uploader, UploadResourceCommand command,
            InputStream content) {
        ResourceDescription description = describe(command);
        screening.refuseBlocked(ResourceTexts.written(description));
        try (StagedBlob staged = stage(content)) {
            ProbedMedia media = packaged(probe(staged, command.originalFilename()), staged);
            long limit = limits.maxBytes(media.kind());
            if (staged.sizeBytes() > limit) {
                throw new ResourceRefusedException("resource.refused.tooLarge", ResourceLimits.inMegabytes(limit),
                        media.kind().name());
            }
            resources.ensureBlob(staged.sha256(), staged.sizeBytes(), media.mediaType());
            blobs.keep(staged);
            TeachingResource resource = new TeachingResource(library, description,
                    new MediaFacts(media.kind(), media.format(), media.mediaType(), staged.sizeBytes(), staged.sha256(),
                            command.originalFilename()).withMeasures(media.durationSeconds(), media.pageCount(),
                                    media.width(), media.height()), uploader);
            if (media.kind() == ResourceKind.IMAGE || media.kind() == ResourceKind.ANIMATION) {
                thumbnails.thumbnail(staged.file()).ifPresent(png -> keepThumbnail(resource, png));
            }
            resource.getMedia().requestPreviewIfNeeded();
            resource.assignTo(library.getCoreMajor(), null);
            index(resource, media.text());
            resources.add(resource);
            return resource;
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        }
    }

    /**
     * Replaces a resource's content with new content of the same format (a text edited online): inspected like an
     * upload, kept, re-indexed; the old blob row goes when nothing uses it any more.
     */
    public void replaceContent(TeachingResource resource, InputStream content) {
        String old = resource.getMedia().getBlobSha256();
        try (StagedBlob staged = stage(content)) {
            ProbedMedia media = probe(staged, resource.getMedia().getOriginalFilename());
            if (!media.format().equals(resource.getMedia().getFormat())) {
                throw new ResourceRefusedException("resource.refused.extensionMismatch",
                        resource.getMedia().getOriginalFilename(), media.mediaType());
            }
            resources.ensureBlob(staged.sha256(), staged.sizeBytes(), media.mediaType());
            blobs.keep(staged);
            resource.getMedia().replaceContent(staged.sha256(), staged.sizeBytes());
            index(resource, media.text());
            resources.releaseBlob(old);
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        }
    }

    /**
     * A zip is checked like a bulk upload (no traversal, no bomb, no program or script in it, see {@link
     * ArchivePrograms}) and, when it holds {@code index.html} at its root, is a virtual simulation package (HTML5),
     * played in a sandbox; any other zip stays "other".
     */
    private ProbedMedia packaged(ProbedMedia media, StagedBlob staged) {
        if (!"zip".equals(media.format())) {
            return media;
        }
        try {
            boolean simulation = archives.inspect(staged.file(), ArchiveLimits.DEFAULT).stream()
                    .anyMatch(e -> !e.directory() && PACKAGE_START.equals(e.name()));
            programs.refuseFoundIn(staged.file(), simulation);
            return !simulation ? media : new ProbedMedia(media.mediaType(), ResourceKind.SIMULATION, media.format(),
                    media.pageCount(), media.durationSeconds(), media.width(), media.height(), media.text());
        } catch (ArchiveRejectedException e) {
            throw refusal(e);
        }
    }

    /** The refusal, in the user's terms, of an archive that is unsafe or unreadable. */
    public static ResourceRefusedException refusal(ArchiveRejectedException e) {
        return new ResourceRefusedException("resource.refused.archive." + e.getReason().name().toLowerCase(Locale.ROOT),
                e.getEntryName() == null ? "" : e.getEntryName());
    }

    private void keepThumbnail(TeachingResource resource, byte[] png) {
        try (StagedBlob thumbnail = blobs.stage(new ByteArrayInputStream(png), png.length)) {
            resources.ensureBlob(thumbnail.sha256(), thumbnail.sizeBytes(), "image/png");
            blobs.keep(thumbnail);
            resource.getMedia().attachThumbnail(thumbnail.sha256());
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        }
    }

    /** Names the resource by its library's rule and computes the terms search finds it by. */
    public static void index(TeachingResource resource, String text) {
        ResourceDescription d = resource.getDescription();
        Major major = resource.getMajor();
        String name = NamingRule.apply(resource.getLibrary().getNamingRule(), new NamingRule.Facts(
                major == null ? null : major.getCode(), major == null ? null : major.getName(), d.getCourseCode(),
                d.getCourseName(), d.getModuleName(), resource.getMedia().getKind(), resource.getMedia().getFormat(),
                d.getTitle(), LocalDate.now()));
        resource.index(name, text, SearchTerms.index(d.getTitle(), d.getDescription(), d.getKeywords(),
                d.getKnowledgePoints(), d.getCourseName(), d.getModuleName(), major == null ? null : major.getName(),
                resource.getLibrary().getName(), name, text));
    }

    private StagedBlob stage(InputStream content) {
        try {
            return blobs.stage(content, limits.largest());
        } catch (BlobTooLargeException e) {
            throw new ResourceRefusedException("resource.refused.tooLarge",
                    ResourceLimits.inMegabytes(e.getLimitBytes()), "");
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        }
    }

    private ProbedMedia probe(StagedBlob staged, String filename) {
        try {
            return probe.probe(staged.file(), filename);
        } catch (MediaRejectedException e) {
            throw new ResourceRefusedException("resource.refused." + e.getReason().key(), filename,
                    e.getDetectedType() == null ? "" : e.getDetectedType());
        }
    }

    private static ResourceDescription describe(UploadResourceCommand c) {
        String title = c.title() == null || c.title().isBlank() ? baseName(c.originalFilename()) : c.title();
        if (title.isBlank()) {
            throw new ResourceRefusedException("resource.refused.titleMissing");
        }
        try {
            return new ResourceDescription(title, c.source() == null ? ResourceSource.ORIGINAL : c.source(),
                    c.language()).placedIn(c.courseCode(), c.courseName(), c.moduleName(), c.knowledgePoints())
                    .describedAs(c.description(), c.keywords(), c.authorName(), c.licence());
        } catch (IllegalArgumentException e) {
            throw new ResourceRefusedException("resource.refused.attribute", e.getMessage());
        }
    }

    /** The file name without folders and extension: the default title. */
    static String baseName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        return name.length() > ResourceDescription.MAX_TITLE ? name.substring(0, ResourceDescription.MAX_TITLE) : name;
    }
}
