/**
 * Library-wide Q&A (答疑) and the library's FAQ (常见问题): {@link org.ziyuanku.domain.qa.LibraryQuestion} asked about a
 * resource of a library, its {@link org.ziyuanku.domain.qa.LibraryAnswer}s, one of them the best, and the flag that
 * puts the question with its best answer in the library's FAQ.
 */
package org.ziyuanku.domain.qa;
