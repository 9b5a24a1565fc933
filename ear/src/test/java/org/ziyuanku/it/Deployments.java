package org.ziyuanku.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR built by this module, for every Arquillian test; in-container tests add their classes as a lib. */
public final class Deployments {

    /** Where Arquillian's server answers (port offset 300). */
    public static final String BASE_URL = "http://127.0.0.1:8380";

    private Deployments() {
    }

    /** The EAR exactly as shipped, for tests that act as a client (REST, browser). */
    public static EnterpriseArchive ear() {
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
