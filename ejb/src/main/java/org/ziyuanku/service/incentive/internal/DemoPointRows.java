package org.ziyuanku.service.incentive.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.ziyuanku.domain.incentive.PointAction;

/** Reads a demo enrolment's progress and awards it through the ledger, as the heartbeats would have. */
@ApplicationScoped
public class DemoPointRows {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    @Inject
    private PointLedger ledger;

    /** Awards learning time and completions of the enrolment's progress unless its learner has points already. */
    public int awardProgress(long enrolmentId) {
        @SuppressWarnings("unchecked")
        List<Tuple> progress = em.createNativeQuery("select e.learner_id, p.offering_node_id, p.covered_s,"
                + " p.completed_at is not null as completed from item_progress p join enrolment e on e.id ="
                + " p.enrolment_id where p.enrolment_id = ?1 and not exists (select 1 from point_entry x"
                + " where x.account_id = e.learner_id)", Tuple.class).setParameter(1, enrolmentId).getResultList();
        int given = 0;
        LocalDate today = LocalDate.now();
        for (Tuple row : progress) {
            long learner = row.get("learner_id", Number.class).longValue();
            given += ledger.award(learner, PointAction.LEARNING_TIME, null,
                    row.get("covered_s", Number.class).longValue(), today);
            if (Boolean.TRUE.equals(row.get("completed", Boolean.class))) {
                given += ledger.award(learner, PointAction.ITEM_COMPLETED, "item:"
                        + row.get("offering_node_id", Number.class).longValue(), 0, today);
            }
        }
        return given;
    }
}
