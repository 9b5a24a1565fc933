/**
 * Gradebook (成绩册): per class, each learner's grade in four weighted categories — learning progress (from learning's
 * {@link org.ziyuanku.service.learning.ClassProgressAccess}), homework (teaching's assignment scores), discussion
 * participation (teaching's topics and replies) and exams (the exam engine's attempts) — and the weighted total, as a
 * view, an Excel workbook and a print view. The offering's staff set the weights
 * ({@link org.ziyuanku.service.gradebook.GradebookService#saveWeights}). It sits above teaching, learning and exam
 * and nothing depends on it.
 */
package org.ziyuanku.service.gradebook;
