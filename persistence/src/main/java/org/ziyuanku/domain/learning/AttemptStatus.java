package org.ziyuanku.domain.learning;

/** An attempt takes heartbeats only while OPEN; a newer attempt of the learner SUPERSEDES it. */
public enum AttemptStatus {
    OPEN, SUPERSEDED, CLOSED, EXPIRED
}
