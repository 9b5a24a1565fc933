/**
 * Learning (学习): progress that the server decides, the learner's course pages, and class management (班级管理) for
 * teachers and assistants: class statistics with an Excel export and a print view, messages and reminders to a class,
 * and the weekly progress report. Reads teaching's tables through its own repositories and asks
 * {@link org.ziyuanku.service.teaching.TeachingAccess} who may see a class.
 */
package org.ziyuanku.service.learning;
