package org.ziyuanku.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR built by this module, for every Arquillian test; in-container tests add their classes as a lib. */
public final class Deployments {

    /** Where Arquillian's server answers (port offset 300). */
    public static final String BASE_URL = "http://127.0.0.1:8380";

    private static final long REDEPLOY_PAUSE_MS = 1500;

    private Deployments() {
    }

    /**
     * The EAR exactly as shipped, for tests that act as a client (REST, browser). Arquillian asks for it just before
     * deploying it for the next test class; the short pause first lets WildFly finish removing the previous class's
     * deployment (without it a redeploy now and then failed with "security-domain.virtual is already registered").
     */
    public static EnterpriseArchive ear() {
        try {
            Thread.sleep(REDEPLOY_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("zyk.ear")));
    }

    /**
     * The EAR with the given test classes added to its web module, for tests that run inside the server: from there
     * they see the EJB modules, and Arquillian's protocol servlet joins the same WAR.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        ear.getAsType(WebArchive.class, "ziyuanku-web.war").addClasses(testClasses).addClass(Deployments.class);
        return ear;
    }
}
