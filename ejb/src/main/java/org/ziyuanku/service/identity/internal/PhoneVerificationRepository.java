package org.ziyuanku.service.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ziyuanku.domain.identity.PhoneVerification;

/** The pending phone verification of each user (one at most). */
@ApplicationScoped
public class PhoneVerificationRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<PhoneVerification> pendingOf(String username) {
        return Optional.ofNullable(em.find(PhoneVerification.class, username));
    }

    public void add(PhoneVerification verification) {
        em.persist(verification);
    }

    public void remove(PhoneVerification verification) {
        em.remove(verification);
    }
}
