/**
 * The learner's pages (console/learning): my courses, a course's outline with status and "continue", and an item
 * with the player whose heartbeats ({@code resources/zyk/js/heartbeat.js}) the server credits. Request-scoped beans,
 * no forms: the pages keep no view state in the session.
 */
package org.ziyuanku.web.console.learning;
