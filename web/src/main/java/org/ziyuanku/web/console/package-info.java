/** Beans of the signed-in consoles (webapp/console): the console home, its role-based menu, and sign-out. */
package org.ziyuanku.web.console;
