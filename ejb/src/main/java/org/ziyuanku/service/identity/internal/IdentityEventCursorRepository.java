package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** How far Keycloak's events have been copied into the audit chain ({@code identity_event_cursor}, row "keycloak"). */
@ApplicationScoped
public class IdentityEventCursorRepository {

    static final int MAX_IDS = 4000;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The time of the newest event copied and the ids of the events copied at that time. */
    public record Cursor(long lastTime, Set<String> lastIds) {
    }

    public Cursor keycloak() {
        Tuple row = (Tuple) em.createNativeQuery("select last_time, last_ids from identity_event_cursor"
                + " where name = 'keycloak'", Tuple.class).getSingleResult();
        return new Cursor(row.get("last_time", Number.class).longValue(),
                Arrays.stream(row.get("last_ids", String.class).split(",")).collect(Collectors.toSet()));
    }

    /** Moves the cursor to the events at {@code time}, their ids comma-separated (cut at 4,000 characters). */
    public void advance(long time, String ids) {
        em.createNativeQuery("update identity_event_cursor set last_time = ?1, last_ids = ?2 where name = 'keycloak'")
                .setParameter(1, time).setParameter(2, ids.length() > MAX_IDS ? ids.substring(0, MAX_IDS) : ids)
                .executeUpdate();
    }
}
