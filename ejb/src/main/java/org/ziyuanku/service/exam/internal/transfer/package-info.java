/**
 * The question file formats (issue 15 item 2): readers and writers of {@link org.ziyuanku.service.exam.QuestionDraft}
 * for the Excel template, Word, Moodle XML, GIFT and QTI 2.1/3.0. Pure Java, no persistence: every reader is bounded
 * ({@link org.ziyuanku.service.exam.internal.transfer.Bounds}) and every XML parser refuses DTDs.
 */
package org.ziyuanku.service.exam.internal.transfer;
