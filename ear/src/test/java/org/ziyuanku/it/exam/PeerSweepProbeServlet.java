package org.ziyuanku.it.exam;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ziyuanku.service.exam.ExamGradingService;
import org.ziyuanku.service.exam.ExamPeerSweepService;

/**
 * Test-only (added to the WAR for {@code ExamPeerSweepIT}): runs now one step the minute sweep
 * ({@code AttemptDeadlineSweeper}) runs at each minute's start, so that a test need not wait for the timer.
 * {@code POST /it/peer-sweep?exam=N}: the catch-up of exam N ({@link ExamPeerSweepService#catchUp}), answering how many
 * attempts got reviewers; {@code POST /it/peer-sweep?overdue}: the submit of overdue attempts
 * ({@link ExamGradingService#submitOverdue}), answering how many.
 */
@WebServlet("/it/peer-sweep")
public class PeerSweepProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExamPeerSweepService peerSweep;

    @EJB
    private ExamGradingService grading;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String exam = request.getParameter("exam");
        int done = exam == null ? grading.submitOverdue() : peerSweep.catchUp(Long.parseLong(exam));
        response.setContentType("text/plain");
        response.getWriter().write(Integer.toString(done));
    }
}
