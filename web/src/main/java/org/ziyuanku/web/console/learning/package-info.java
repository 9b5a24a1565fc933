/**
 * The learner's pages (console/learning): my courses, a course's outline with status and "continue", and an item
 * with the player whose heartbeats ({@code resources/zyk/js/heartbeat.js}) the server credits (request-scoped beans,
 * no forms: no view state in the session); and the class-management consoles (班级管理): a class's statistics with
 * export and print view, messages and reminders to its learners, and the list of the classes one teaches.
 */
package org.ziyuanku.web.console.learning;
