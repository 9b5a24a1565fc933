/**
 * Learning (学习): attempts and heartbeats whose credit the server decides against its own clock
 * ({@link org.ziyuanku.service.learning.LearningAttemptService}), the learner's courses, outline status and "continue"
 * ({@link org.ziyuanku.service.learning.LearnerProgressService}), and the xAPI-shaped activity stream
 * ({@link org.ziyuanku.service.learning.LearningStatementService}). Reads offerings and enrolments only through
 * teaching's {@code TeachingAccess} and resources through the resource catalogue.
 */
package org.ziyuanku.service.learning;
