package org.ziyuanku.it.learning;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ziyuanku.service.learning.LearningReportJobs;

/**
 * Test-only (added to the WAR by {@code WeeklyProgressReportJobIT}): {@code POST /it/weekly-report?week=<ISO date>}
 * runs the weekly-progress-report job for that week and answers its final batch status.
 */
@WebServlet("/it/weekly-report")
public class WeeklyReportProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int POLLS = 480;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            LearningReportJobs jobs = InitialContext.doLookup(LearningReportJobs.JNDI_NAME);
            long execution = jobs.start(request.getParameter("week"));
            String status = jobs.status(execution);
            for (int i = 0; i < POLLS && ("STARTING".equals(status) || "STARTED".equals(status)); i++) {
                Thread.sleep(250);
                status = jobs.status(execution);
            }
            response.setContentType("text/plain");
            response.getWriter().write(status);
        } catch (NamingException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
