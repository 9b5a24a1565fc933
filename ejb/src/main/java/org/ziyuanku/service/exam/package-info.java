/**
 * The question bank, papers and exams (issue 15). {@link org.ziyuanku.service.exam.QuestionDraft} is a question
 * before it is stored: what the import formats read and the export formats write.
 */
package org.ziyuanku.service.exam;
