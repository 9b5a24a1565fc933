package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.review.SensitiveWord;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;
import org.ziyuanku.service.system.FlushingEntityRepository;
import org.ziyuanku.service.system.LikePattern;

/** The sensitive-word dictionary: the whole of it for matching, pages of it for the back office. */
@ApplicationScoped
public class SensitiveWordRepository extends FlushingEntityRepository<SensitiveWord> {

    /** What changes whenever the dictionary changes: row count, highest id, latest change. */
    public record Fingerprint(long count, Long maxId, LocalDateTime lastChange) {
    }

    public SensitiveWordRepository() {
        super(SensitiveWord.class);
    }

    public Fingerprint fingerprint() {
        Tuple t = em.createQuery("select count(w) as words, max(w.id) as max_id, max(w.updatedAt) as last_change"
                + " from SensitiveWord w", Tuple.class).getSingleResult();
        return new Fingerprint(t.get("words", Long.class), t.get("max_id", Long.class),
                t.get("last_change", LocalDateTime.class));
    }

    public List<DictionaryEntry> dictionary() {
        return em.createQuery("select new org.ziyuanku.service.review.internal.DictionaryEntry(w.word, w.category,"
                + " w.severity) from SensitiveWord w order by w.id", DictionaryEntry.class).getResultList();
    }

    /** One page of words in alphabetical order, filtered by a part of the word, category and severity (each optional). */
    public List<SensitiveWord> page(String text, SensitiveWordCategory category, SensitiveWordSeverity severity,
            int first, int max) {
        return filtered("select w from SensitiveWord w", " order by w.word", SensitiveWord.class, text, category,
                severity).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text, SensitiveWordCategory category, SensitiveWordSeverity severity) {
        return filtered("select count(w) from SensitiveWord w", "", Long.class, text, category, severity)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, String text,
            SensitiveWordCategory category, SensitiveWordSeverity severity) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null) {
            where.append(" and w.word like :text" + LikePattern.ESCAPE);
        }
        if (category != null) {
            where.append(" and w.category = :category");
        }
        if (severity != null) {
            where.append(" and w.severity = :severity");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (text != null) {
            query.setParameter("text", LikePattern.containing(text));
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        if (severity != null) {
            query.setParameter("severity", severity);
        }
        return query;
    }

    /** The words with these ids; unknown ids are left out. */
    public List<SensitiveWord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from SensitiveWord w where w.id in :ids", SensitiveWord.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Those of the normalised words already in the dictionary. */
    public Set<String> existing(Collection<String> words) {
        if (words.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select w.word from SensitiveWord w where w.word in :words", String.class)
                .setParameter("words", words).getResultList());
    }

    public void addAll(Collection<SensitiveWord> words) {
        words.forEach(em::persist);
        em.flush();
    }

    public void removeAll(Collection<SensitiveWord> words) {
        words.forEach(em::remove);
        em.flush();
    }
}
