/**
 * Starting jobs and reading their status from inside this module, whose class loader holds the job definitions
 * (META-INF/batch-jobs).
 */
package org.ziyuanku.batch.launch;
