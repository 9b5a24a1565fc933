package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.batch.launch.BatchJobLauncher;
import org.ziyuanku.batch.launch.JobState;

/** The catalogue-import Jakarta Batch job runs to completion and, the catalogue being loaded, changes nothing. */
@ExtendWith(ArquillianExtension.class)
public class CatalogueImportJobIT {

    @EJB(lookup = "java:global/ziyuanku/ziyuanku-batch/BatchJobLauncher")
    private BatchJobLauncher launcher;

    @Test
    void catalogueImportJob_completesUnchanged() throws InterruptedException {
        long execution = launcher.start("catalogue-import");
        JobState state = launcher.state(execution);
        for (int i = 0; i < 120 && !state.isFinished(); i++) {
            Thread.sleep(250);
            state = launcher.state(execution);
        }
        assertEquals("COMPLETED", state.batchStatus(), state.toString());
        assertEquals("UNCHANGED", state.exitStatus());
    }

    @Test
    void unknownJob_isRefused() {
        EJBException e = assertThrows(EJBException.class, () -> launcher.start("no-such-job"));
        assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
    }
}
