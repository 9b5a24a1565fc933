/** Nightly upkeep: the resource recycle bin and the shared blob store. */
package org.ziyuanku.batch.housekeeping;
