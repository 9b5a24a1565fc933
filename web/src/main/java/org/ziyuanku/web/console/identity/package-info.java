/** Beans of the identity console (webapp/console/identity): organisations and their people. */
package org.ziyuanku.web.console.identity;
