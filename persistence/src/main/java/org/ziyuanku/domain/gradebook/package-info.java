/**
 * Gradebook (成绩册): the teacher's weights of an offering's grade categories
 * ({@link org.ziyuanku.domain.gradebook.GradeWeights}). The grades are computed from other contexts' data on read.
 */
package org.ziyuanku.domain.gradebook;
