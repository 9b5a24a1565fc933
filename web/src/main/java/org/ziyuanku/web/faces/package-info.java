/** Faces infrastructure shared by portal and consoles: the session locale and its switch. */
package org.ziyuanku.web.faces;
