/** The catalogue-import job: re-imports the national library list on demand or on a schedule. */
package org.ziyuanku.batch.catalogue;
