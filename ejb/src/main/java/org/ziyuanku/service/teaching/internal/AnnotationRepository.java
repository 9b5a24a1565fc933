package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ziyuanku.domain.teaching.SubmissionFile;

/** The teacher's annotated files (批改附件): one per submission, in table {@code submission_annotation}. */
@ApplicationScoped
public class AnnotationRepository {

    private static final String COLUMNS = "select submission_id, blob_sha256, filename, media_type, size_bytes"
            + " from submission_annotation";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Sets (or replaces) the submission's annotated file. */
    public void annotate(long submissionId, SubmissionFile f, long teacherId) {
        em.createNativeQuery("insert into submission_annotation (submission_id, blob_sha256, filename, media_type,"
                + " size_bytes, uploaded_by, uploaded_at) values (?1, ?2, ?3, ?4, ?5, ?6, localtimestamp)"
                + " on conflict (submission_id) do update set blob_sha256 = excluded.blob_sha256,"
                + " filename = excluded.filename, media_type = excluded.media_type, size_bytes = excluded.size_bytes,"
                + " uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at")
                .setParameter(1, submissionId).setParameter(2, f.getBlobSha256()).setParameter(3, f.getFilename())
                .setParameter(4, f.getMediaType()).setParameter(5, f.getSizeBytes()).setParameter(6, teacherId)
                .executeUpdate();
    }

    /** The submission's annotated file, if a teacher uploaded one. */
    public Optional<SubmissionFile> annotation(long submissionId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(COLUMNS + " where submission_id = ?1", Tuple.class)
                .setParameter(1, submissionId).getResultList();
        return rows.stream().findFirst().map(AnnotationRepository::file);
    }

    /** The annotated files of the homework's submissions, by submission id. */
    public Map<Long, SubmissionFile> annotations(long assignmentId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(COLUMNS + " where submission_id in (select id from"
                + " assignment_submission where assignment_id = ?1)", Tuple.class).setParameter(1, assignmentId)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r.get("submission_id")).longValue(),
                AnnotationRepository::file));
    }

    private static SubmissionFile file(Tuple r) {
        return new SubmissionFile((String) r.get("blob_sha256"), (String) r.get("filename"),
                (String) r.get("media_type"), ((Number) r.get("size_bytes")).longValue());
    }
}
