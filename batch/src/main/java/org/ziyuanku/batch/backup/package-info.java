/** The backup job: the database dump, the incremental blob copy and the manifest, through the ejb services. */
package org.ziyuanku.batch.backup;
