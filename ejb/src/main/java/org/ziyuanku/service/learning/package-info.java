/**
 * Learning (学习): attempts and heartbeats whose credit the server decides against its own clock
 * ({@link org.ziyuanku.service.learning.LearningAttemptService}), the learner's courses, outline status and "continue"
 * ({@link org.ziyuanku.service.learning.LearnerProgressService}), the xAPI-shaped activity stream
 * ({@link org.ziyuanku.service.learning.LearningStatementService}), and class management (班级管理) for teachers and
 * assistants: class statistics with an Excel export and a print view, messages and reminders to a class, and the
 * weekly progress report. Reads offerings and enrolments only through teaching's
 * {@link org.ziyuanku.service.teaching.TeachingAccess} and its own repositories, resources through the resource
 * catalogue.
 */
package org.ziyuanku.service.learning;
