/**
 * The resource-library catalogue (资源库目录): searching and reading libraries, and importing the 203 national
 * libraries of the 2020 list idempotently.
 */
package org.ziyuanku.service.library;
