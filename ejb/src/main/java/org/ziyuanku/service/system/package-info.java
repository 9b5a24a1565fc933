/**
 * Platform services: schema migration at start-up, the health check, cluster-wide locks for one-off tasks, and
 * notifications (通知) in the platform and by e-mail for every context ({@code Notifier}, {@code NotificationService}).
 * The shared kernel every context may use: {@code ClusterLockRepository} (one node at a time) and {@code LikePattern}
 * (literal JPQL {@code like} patterns) are published here, not in {@code internal}.
 */
package org.ziyuanku.service.system;
