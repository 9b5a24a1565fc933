/**
 * The {@code weekly-progress-report} job: one progress report a week to each learner of a running offering, read in
 * keyset pages of enrolments, summarised and sent through the platform's notifications.
 */
package org.ziyuanku.batch.progressreport;
