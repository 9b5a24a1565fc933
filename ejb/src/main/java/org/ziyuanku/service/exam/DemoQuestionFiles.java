package org.ziyuanku.service.exam;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.exam.internal.QuestionFormats;
import org.ziyuanku.service.exam.internal.QuestionRepository;
import org.ziyuanku.service.exam.internal.QuestionStore;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.system.ClusterLockRepository;
import org.ziyuanku.service.system.RefusedException;

/**
 * For evaluation installs: the welding library's bank grows by the questions of two demo files, read through the same
 * import paths a teacher uses (the Excel template and Moodle XML with pictures), written by {@code teacher}.
 * Idempotent: a question whose fingerprint the library holds already is skipped.
 */
@Stateless
public class DemoQuestionFiles {

    private static final Logger LOG = Logger.getLogger(DemoQuestionFiles.class.getName());
    private static final Map<String, QuestionFileFormat> FILES = Map.of(
            "/demo/questions/welding-questions.xlsx", QuestionFileFormat.EXCEL,
            "/demo/questions/welding-questions.moodle.xml", QuestionFileFormat.MOODLE_XML);

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    @Inject
    private QuestionFormats formats;

    @Inject
    private QuestionRepository questions;

    @Inject
    private QuestionStore store;

    @Inject
    private ClusterLockRepository locks;

    /** Imports the demo files' questions the library does not hold yet; answers how many were added. */
    public int ensureDemoFiles() {
        locks.lock("demo-questions");
        ResourceLibrary library = libraries.national(DemoQuestionService.DEMO_CATALOGUE_NO).orElse(null);
        UserAccount teacher = accounts.find("teacher").orElse(null);
        if (library == null || teacher == null) {
            return 0;
        }
        int added = 0;
        for (Map.Entry<String, QuestionFileFormat> file : FILES.entrySet()) {
            try (InputStream content = DemoQuestionFiles.class.getResourceAsStream(file.getKey())) {
                for (ParsedQuestion question : formats.reader(file.getValue()).read(content)) {
                    added += add(library.getId(), teacher.getId(), question);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    /** Stores the question unless the file could not read it or the library holds it; a refusal is only logged. */
    private int add(long libraryId, long teacherId, ParsedQuestion question) {
        if (!question.isAccepted() || questions.withFingerprint(libraryId, QuestionFingerprint.of(question.draft()),
                null).isPresent()) {
            return 0;
        }
        try {
            store.createApproved(libraryId, teacherId, question.draft());
            return 1;
        } catch (RefusedException e) {
            LOG.warning(() -> "Demo question " + question.position() + " refused: " + e.getMessage());
            return 0;
        }
    }
}
