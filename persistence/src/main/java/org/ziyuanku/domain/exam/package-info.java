/**
 * The question bank, papers and exams (题库、试卷、考试; seed 002 §五.1(5), §五.2(5), §五.3(5); issue 15).
 */
package org.ziyuanku.domain.exam;
