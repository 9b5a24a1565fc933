/** Platform-wide technical records, such as the cluster locks that make one-off tasks run once per cluster. */
package org.ziyuanku.domain.system;
