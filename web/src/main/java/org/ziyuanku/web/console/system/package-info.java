/** Console pages of the system context: the signed-in user's notifications (通知). */
package org.ziyuanku.web.console.system;
