/**
 * REST for learning: class management on a class's own paths ({@code /api/v1/classes/{id}/statistics},
 * {@code …/messages}, {@code …/reminders}), each a root resource of its own beside teaching's
 * {@code /api/v1/classes}.
 */
package org.ziyuanku.web.api.v1.learning;
