/**
 * Platform services: schema migration at start-up, the health check, and cluster-wide locks for one-off tasks.
 */
package org.ziyuanku.service.system;
