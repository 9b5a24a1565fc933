package org.ziyuanku.service.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.infrastructure.media.ArchiveInspector;
import org.ziyuanku.infrastructure.media.ArchiveLimits;
import org.ziyuanku.infrastructure.media.ArchiveRejectedException;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.infrastructure.storage.BlobTooLargeException;
import org.ziyuanku.infrastructure.storage.StagedBlob;
import org.ziyuanku.infrastructure.storage.TempFolders;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.internal.FolderAttributes;
import org.ziyuanku.service.resource.internal.MetadataSheet;
import org.ziyuanku.service.resource.internal.ResourceIngest;
import org.ziyuanku.service.resource.internal.ResourceLimits;
import org.ziyuanku.service.system.RefusedException;

/**
 * Bulk upload of a zip of folders with an optional metadata sheet (runs in the OIDC virtual security domain). The
 * archive is checked for zip bombs and path traversal before anything is extracted; an unsafe archive is refused as a
 * whole. Each file then goes in on its own, all or nothing (one transaction per file), inheriting attributes from the
 * target and its folders, overridden by the sheet; the report says what was accepted and what was refused and why.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResourceBulkUploadService {

    static final String ACTION = "RESOURCE_BULK_UPLOAD";

    @Inject
    private Caller caller;

    @EJB
    private ResourceUploadService uploads;

    @Inject
    private BlobStore blobs;

    @Inject
    private ArchiveInspector archives;

    @Inject
    private ResourceLimits limits;

    @Inject
    private AuditedCall audited;

    /**
     * Uploads every file of the zip into the target.
     *
     * @throws ResourceRefusedException {@code resource.refused.archive.*} for an unsafe or unreadable archive, with
     *         nothing stored
     * @throws AccessDeniedException when the caller does not contribute to the library (checked before the archive is
     *         read, audited as DENIED)
     */
    @Audited(action = ACTION)
    public BulkUploadReport uploadArchive(BulkUploadTarget target, InputStream zip) {
        audited.on("library:" + target.libraryId(), "library:" + target.libraryId());
        uploads.checkContributor(target.libraryId(), true);
        Path folder = null;
        try (StagedBlob staged = blobs.stage(zip, limits.maxBytes(ResourceKind.OTHER))) {
            archives.inspect(staged.file(), ArchiveLimits.DEFAULT);
            folder = Files.createTempDirectory(staged.file().getParent(), "bulk-");
            archives.extract(staged.file(), folder, ArchiveLimits.DEFAULT);
            BulkUploadReport report = uploadFolder(target, folder);
            audited.detail("accepted=" + report.acceptedCount() + " rejected=" + report.rejectedCount());
            return report;
        } catch (ArchiveRejectedException e) {
            throw ResourceIngest.refusal(e);
        } catch (BlobTooLargeException e) {
            throw new ResourceRefusedException("resource.refused.tooLarge", ResourceLimits.inMegabytes(e.getLimitBytes()));
        } catch (IOException e) {
            throw new ResourceRefusedException("resource.refused.archive.unreadable", "");
        } finally {
            TempFolders.delete(folder);
        }
    }

    private BulkUploadReport uploadFolder(BulkUploadTarget target, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        Path sheetFile = null;
        Optional<MetadataSheet> sheet = Optional.empty();
        for (Path file : files) {
            if (sheet.isEmpty() && file.getParent().equals(folder)
                    && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                sheet = MetadataSheet.read(file);
                sheetFile = sheet.isPresent() ? file : null;
            }
        }
        List<BulkUploadItem> items = new ArrayList<>();
        for (Path file : files) {
            if (file.equals(sheetFile)) {
                continue;
            }
            String path = folder.relativize(file).toString().replace('\\', '/');
            UploadResourceCommand command = FolderAttributes.of(target, path);
            items.add(uploadOne(path, sheet.map(s -> s.apply(path, command)).orElse(command), file));
        }
        return new BulkUploadReport(items, sheet.isPresent());
    }

    private BulkUploadItem uploadOne(String path, UploadResourceCommand command, Path file) {
        try (InputStream content = Files.newInputStream(file)) {
            return BulkUploadItem.accepted(path, uploads.upload(command, content));
        } catch (RefusedException e) {
            return BulkUploadItem.rejected(path, e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            return BulkUploadItem.rejected(path, "resource.refused.forbidden");
        } catch (IOException e) {
            return BulkUploadItem.rejected(path, "resource.refused.storage");
        }
    }
}
