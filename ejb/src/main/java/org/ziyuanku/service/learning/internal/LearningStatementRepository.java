package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ziyuanku.domain.learning.XapiVerb;
import org.ziyuanku.service.learning.StatementView;

/** The activity stream: statements are inserted natively (the result is {@code jsonb}) and read per actor. */
@ApplicationScoped
public class LearningStatementRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** One statement; {@code resultJson} may be null. */
    public void add(long actorId, XapiVerb verb, String objectType, long objectId, Long offeringId, Long classId,
            UUID registration, String resultJson) {
        em.createNativeQuery("insert into learning_statement (statement_id, actor_id, verb, object_type, object_id,"
                + " context_offering_id, context_class_id, registration, result, \"timestamp\") values"
                + " (cast(?1 as uuid), ?2, ?3, ?4, ?5, cast(?6 as bigint), cast(?7 as bigint), cast(?8 as uuid),"
                + " cast(?9 as jsonb), clock_timestamp())").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, actorId).setParameter(3, verb.storedName()).setParameter(4, objectType)
                .setParameter(5, objectId).setParameter(6, offeringId).setParameter(7, classId)
                .setParameter(8, registration == null ? null : registration.toString())
                .setParameter(9, resultJson).executeUpdate();
    }

    /** The actor's statements, newest first. */
    public List<StatementView> ofActor(long actorId, int max) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select cast(statement_id as text) as statement_id, verb, object_type, object_id,"
                + " context_offering_id,"
                + " context_class_id, cast(registration as text) as registration, cast(result as text) as result, "
                + iso("\"timestamp\"") + " as ts, " + iso("stored") + " as stored from learning_statement"
                + " where actor_id = ?1 order by stored desc, id desc", Tuple.class).setParameter(1, actorId)
                .setMaxResults(max).getResultList();
        return rows.stream().map(LearningStatementRepository::view).toList();
    }

    private static StatementView view(Tuple row) {
        String verb = (String) row.get("verb");
        XapiVerb known = XapiVerb.valueOf(verb.toUpperCase(Locale.ROOT));
        return new StatementView((String) row.get("statement_id"), verb, known.iri(),
                (String) row.get("object_type"),
                ((Number) row.get("object_id")).longValue(), longOrNull(row.get("context_offering_id")),
                longOrNull(row.get("context_class_id")), (String) row.get("registration"),
                (String) row.get("result"), (String) row.get("ts"), (String) row.get("stored"));
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String iso(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }
}
