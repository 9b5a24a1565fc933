package org.ziyuanku.service.identity.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.system.CurrentCaller;

/**
 * Produces the request's {@link Caller}, once per request: for a web or REST request the servlet request's context,
 * for an EJB called without one (an {@code @Asynchronous} method, a timer, a batch step) the request context WildFly's
 * Weld integration activates around that EJB invocation, so a {@code Caller} is always available inside a service.
 * Without a principal (the OIDC virtual domain refuses anonymous callers) it is the anonymous caller; so is a caller
 * whose account could not be read (logged), who then gets no more than an anonymous visitor.
 */
@ApplicationScoped
public class CallerProducer {

    private static final Logger LOG = Logger.getLogger(CallerProducer.class.getName());

    @EJB
    private CallerLookup lookup;

    @Produces
    @RequestScoped
    @Typed({Caller.class, CurrentCaller.class})
    public Caller caller() {
        try {
            return lookup.current();
        } catch (EJBAccessException e) {
            LOG.log(Level.FINE, "No signed-in caller: {0}", e.getMessage());
            return Caller.anonymous();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The caller could not be read, treated as anonymous: {0}", e.toString());
            return Caller.anonymous();
        }
    }
}
