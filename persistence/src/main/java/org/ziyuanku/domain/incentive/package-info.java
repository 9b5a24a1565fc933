/**
 * Incentives (用户激励): the point rules the system administrator sets ({@link org.ziyuanku.domain.incentive.PointRule}),
 * the actions that earn points, the levels a total reaches and the badges awarded for milestones. The ledger itself
 * is written by the service's repository.
 */
package org.ziyuanku.domain.incentive;
