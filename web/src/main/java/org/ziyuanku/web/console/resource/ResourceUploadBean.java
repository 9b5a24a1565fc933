package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.BulkUploadItem;
import org.ziyuanku.service.resource.BulkUploadTarget;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.service.resource.ResourceBulkUploadService;
import org.ziyuanku.service.resource.ResourceRefusedException;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.service.resource.UploadResourceCommand;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/**
 * Uploading resources (console/resource/upload.xhtml): one or many files, or a zip of folders with an optional
 * metadata sheet, into a library the person contributes to, with course and module every file inherits. The report
 * lists each file with its new resource or the reason it was refused.
 */
@Named
@RequestScoped
public class ResourceUploadBean {

    @EJB
    private ResourceUploadService uploads;

    @EJB
    private ResourceBulkUploadService bulkUploads;

    @Inject
    private LibraryChoice choice;

    private Long library;
    private String courseName;
    private String moduleName;
    private String keywords;
    private UploadedFiles files;
    private UploadedFile archive;
    private final List<UploadResultLine> results = new ArrayList<>();

    /**
     * Preselects the library of {@code ?library=} when the person may upload into it, otherwise the first of those they
     * may upload into (none when there is none: the page then says so instead of showing the form).
     */
    public void load() {
        library = choice.offeredOrFirst(library);
    }

    /** Uploads each chosen file on its own; one refusal does not stop the others. */
    public void upload() {
        if (library == null || files == null || files.getFiles().isEmpty()) {
            Messages.addGlobalError("resource.upload.noFile");
            return;
        }
        for (UploadedFile file : files.getFiles()) {
            UploadResourceCommand command = UploadResourceCommand.of(library, file.getFileName())
                    .inCourse(null, courseName, moduleName).describedAs(null, null, keywords);
            try (InputStream content = file.getInputStream()) {
                long id = uploads.upload(command, content).id();
                results.add(new UploadResultLine(file.getFileName(), true, id, null));
            } catch (RefusedException e) {
                results.add(refused(file.getFileName(), e.getReasonKey(), e.getReasonArgs()));
            } catch (AccessDeniedException e) {
                results.add(refused(file.getFileName(), "resource.refused.forbidden"));
            } catch (IOException e) {
                results.add(refused(file.getFileName(), "resource.refused.storage"));
            }
        }
    }

    /** Uploads a zip of folders; an unsafe archive is refused whole. */
    public void uploadArchive() {
        if (library == null || archive == null || archive.getSize() == 0) {
            Messages.addGlobalError("resource.upload.noFile");
            return;
        }
        try (InputStream zip = archive.getInputStream()) {
            for (BulkUploadItem item : bulkUploads.uploadArchive(new BulkUploadTarget(library, null, courseName,
                    moduleName), zip).items()) {
                results.add(item.accepted() ? new UploadResultLine(item.path(), true, item.resourceId(), null)
                        : refused(item.path(), item.reasonKey(), (Object[]) item.reasonArgs()));
            }
        } catch (ResourceRefusedException e) {
            results.add(refused(archive.getFileName(), e.getReasonKey(), e.getReasonArgs()));
        } catch (AccessDeniedException e) {
            results.add(refused(archive.getFileName(), "resource.refused.forbidden"));
        } catch (IOException e) {
            results.add(refused(archive.getFileName(), "resource.refused.storage"));
        }
    }

    private static UploadResultLine refused(String file, String key, Object... args) {
        Locale locale = LocaleBean.current();
        return new UploadResultLine(file, false, null, MessageBundle.text(locale, key, args));
    }

    public long getAcceptedCount() {
        return results.stream().filter(UploadResultLine::accepted).count();
    }

    public List<UploadResultLine> getResults() {
        return results;
    }

    public List<LibraryChoiceView> getLibraries() {
        return choice.libraries();
    }

    public Long getLibrary() {
        return library;
    }

    public void setLibrary(Long library) {
        this.library = library;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public String getModuleName() {
        return moduleName;
    }

    public void setModuleName(String moduleName) {
        this.moduleName = moduleName;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public UploadedFile getArchive() {
        return archive;
    }

    public void setArchive(UploadedFile archive) {
        this.archive = archive;
    }
}
