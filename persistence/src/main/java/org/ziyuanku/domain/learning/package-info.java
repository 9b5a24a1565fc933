/**
 * Learning (学习): attempts at an item started by the server with a random token, the credit a heartbeat earns
 * ({@link org.ziyuanku.domain.learning.ProgressCredit}, decided against server time only), progress per item as covered
 * second intervals, the "continue" target, rejected claims (anomalies) and the xAPI-shaped activity stream.
 */
package org.ziyuanku.domain.learning;
