/** Beans of the audit console (webapp/console/audit): the audit administrator's search of the audit log. */
package org.ziyuanku.web.console.audit;
