package org.ziyuanku.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.ziyuanku.it.audit.ArchiveProbeServlet;
import org.ziyuanku.it.audit.AuditTrailIT;
import org.ziyuanku.it.exam.PeerSweepProbeServlet;
import org.ziyuanku.it.identity.DemoAccountsIT;
import org.ziyuanku.it.learning.WeeklyReportProbeServlet;
import org.ziyuanku.it.library.NationalCatalogueImportIT;
import org.ziyuanku.it.support.ServerDatabase;
import org.ziyuanku.it.system.CatalogueImportJobIT;
import org.ziyuanku.it.system.NotifyProbeServlet;

/**
 * The one deployment of the whole Arquillian suite: the real EAR built by this module, deployed once before the first
 * test class and undeployed when the server stops (arquillian-suite-extension, named in arquillian.xml). Test classes
 * carry no deployment of their own: client tests are marked {@code @RunAsClient}; the few that run inside the server,
 * and the probe servlets some client tests call, are added here to the web module, where they see the EJB modules and
 * Arquillian's protocol servlet joins the same WAR.
 */
public final class Deployments {

    /** Where Arquillian's server answers (HTTPS, port offset 300). */
    public static final String BASE_URL = "https://127.0.0.1:8743";
    /** Its plain HTTP port, which only redirects to {@link #BASE_URL}. */
    public static final String HTTP_URL = "http://127.0.0.1:8380";

    private static final Class<?>[] SERVER_SIDE = {
        DemoAccountsIT.class, NationalCatalogueImportIT.class, AuditTrailIT.class, CatalogueImportJobIT.class,
        ServerDatabase.class, ArchiveProbeServlet.class, NotifyProbeServlet.class, WeeklyReportProbeServlet.class,
        PeerSweepProbeServlet.class, Deployments.class,
    };

    private Deployments() {
    }

    /** The EAR exactly as shipped, with the server-side test classes in its web module. */
    @Deployment
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("zyk.ear")));
        ear.getAsType(WebArchive.class, "ziyuanku-web.war").addClasses(SERVER_SIDE);
        return ear;
    }
}
