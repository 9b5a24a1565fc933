/**
 * Platform services: schema migration at start-up, the health check, cluster-wide locks for one-off tasks, and
 * notifications (通知) in the platform and by e-mail for every context ({@code Notifier}, {@code NotificationService}).
 */
package org.ziyuanku.service.system;
