/**
 * Beans of the class-management consoles (班级管理): a class's statistics with export and print view, messages and
 * reminders to its learners, and the list of the classes one teaches.
 */
package org.ziyuanku.web.console.learning;
