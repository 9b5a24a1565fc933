package org.ziyuanku.service.exam;

import java.io.Serializable;

/** What handing out an exam's peer grading did: how many submitters, answers and tasks. */
public record PeerHandOutView(long examId, int reviewers, int answers, int tasks) implements Serializable {

    private static final long serialVersionUID = 1L;
}
