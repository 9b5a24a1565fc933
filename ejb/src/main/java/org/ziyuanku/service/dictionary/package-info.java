/**
 * The data dictionary (数据字典, seed 002 §五.6(5)): the code lists the platform uses, read by anyone (integrators
 * through REST), kept by the system administrator where the list is OPEN, each change versioned and audited, and each
 * entry shown with how much data uses it.
 */
package org.ziyuanku.service.dictionary;
