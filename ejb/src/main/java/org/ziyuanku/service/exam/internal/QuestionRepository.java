package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.exam.Question;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.resource.StoredBlob;
import org.ziyuanku.service.exam.QuestionSearch;
import org.ziyuanku.service.system.FlushingEntityRepository;

/** Questions of the bank, and the images they show. */
@ApplicationScoped
public class QuestionRepository extends FlushingEntityRepository<Question> {

    public QuestionRepository() {
        super(Question.class);
    }

    /** A page of the library's top-level questions matching the search, newest first. */
    public List<Question> search(QuestionSearch search) {
        TypedQuery<Question> query = em.createQuery("select q from Question q" + where(search)
                + " order by q.updatedAt desc, q.id desc", Question.class);
        parameters(search).forEach(query::setParameter);
        return query.setFirstResult(search.page() * search.size()).setMaxResults(search.size()).getResultList();
    }

    /** How many top-level questions match the search. */
    public long count(QuestionSearch search) {
        TypedQuery<Long> query = em.createQuery("select count(q) from Question q" + where(search), Long.class);
        parameters(search).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(QuestionSearch search) {
        StringBuilder where = new StringBuilder(" where q.libraryId = :library and q.parentId is null");
        if (search.type() != null) {
            where.append(" and q.type = :type");
        }
        if (search.difficulty() != null) {
            where.append(" and q.difficulty = :difficulty");
        }
        if (search.status() != null) {
            where.append(" and q.status = :status");
        }
        if (search.knowledgePoint() != null) {
            where.append(" and :point member of q.knowledgePoints");
        }
        if (search.text() != null) {
            where.append(" and lower(q.stem) like :text escape '!'");
        }
        return where.toString();
    }

    private static Map<String, Object> parameters(QuestionSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("library", search.libraryId());
        Optional.ofNullable(search.type()).ifPresent(t -> parameters.put("type", t));
        Optional.ofNullable(search.difficulty()).ifPresent(d -> parameters.put("difficulty", d));
        Optional.ofNullable(search.status()).ifPresent(s -> parameters.put("status", s));
        Optional.ofNullable(search.knowledgePoint()).ifPresent(k -> parameters.put("point", k));
        Optional.ofNullable(search.text()).ifPresent(t -> parameters.put("text", "%"
                + t.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
        return parameters;
    }

    /** The oldest top-level question of the library with this fingerprint, other than {@code except}. */
    public Optional<Long> withFingerprint(long libraryId, String fingerprint, Long except) {
        return em.createQuery("select q.id from Question q where q.libraryId = :library and q.fingerprint = :fp"
                + " and q.parentId is null and q.id <> :except order by q.id", Long.class)
                .setParameter("library", libraryId).setParameter("fp", fingerprint)
                .setParameter("except", except == null ? -1L : except).setMaxResults(1).getResultStream().findFirst();
    }

    /** The pending new version of the published question (DRAFT, IN_REVIEW or RETURNED), if any. */
    public Optional<Question> pendingVersionOf(long publishedId) {
        return em.createQuery("select q from Question q where q.revisionOf = :id and q.status in :pending"
                + " order by q.id desc", Question.class).setParameter("id", publishedId)
                .setParameter("pending", List.of(QuestionStatus.DRAFT, QuestionStatus.IN_REVIEW,
                        QuestionStatus.RETURNED)).setMaxResults(1).getResultStream().findFirst();
    }

    /** Fixed papers list the approved new version instead of the question it replaces. */
    public void repointPapers(long replacedId, long newId) {
        em.flush();
        em.createNativeQuery("update exam_paper_question set question_id = ?2 where question_id = ?1")
                .setParameter(1, replacedId).setParameter(2, newId).executeUpdate();
    }

    /** The questions (top-level or parts) whose texts show the image. */
    public List<Question> showing(String sha256) {
        return em.createQuery("select q from Question q where :sha member of q.images", Question.class)
                .setParameter("sha", sha256).setMaxResults(200).getResultList();
    }

    /** The stored media type of a blob, when it has a row. */
    public Optional<String> blobMediaType(String sha256) {
        return Optional.ofNullable(em.find(StoredBlob.class, sha256)).map(StoredBlob::getMediaType);
    }
}
