/** The incentive context's ledger, arithmetic and event observers; private to it. */
package org.ziyuanku.service.incentive.internal;
