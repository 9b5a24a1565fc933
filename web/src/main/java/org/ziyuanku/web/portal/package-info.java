/** Beans of the public portal's pages (webapp/portal and the home page). */
package org.ziyuanku.web.portal;
