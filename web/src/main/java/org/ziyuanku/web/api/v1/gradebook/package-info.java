/**
 * REST for the gradebook: {@code /api/v1/classes/{id}/grades} (with {@code /me}, {@code /{learnerId}}),
 * {@code /api/v1/classes/{id}/grades.xlsx} and {@code /api/v1/offerings/{id}/grade-weights}, root resources of their
 * own beside teaching's and learning's class paths.
 */
package org.ziyuanku.web.api.v1.gradebook;
