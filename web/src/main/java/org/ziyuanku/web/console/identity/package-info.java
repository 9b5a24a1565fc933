/**
 * Beans of the identity console (webapp/console/identity): organisations and their people, school rosters and
 * real-name verification (实名认证).
 */
package org.ziyuanku.web.console.identity;
