/**
 * Library-wide Q&A (答疑) with similar-question retrieval, and the library's FAQ (常见问题), issue 16 item 4: anyone
 * signed in asks about a published resource; while they type, answered questions of the library like theirs are
 * suggested (segmented by {@code infrastructure.text.ChineseSegmenter}, pre-selected by PostgreSQL full text over the
 * stored terms, ranked by {@code internal.QuestionSimilarity}); teachers and the library's team answer, the team marks a
 * best answer and promotes the question to the FAQ. Class Q&A (teaching's {@code ClassQuestionService}) stays within
 * a class.
 */
package org.ziyuanku.service.qa;
