/**
 * Demo data for evaluation installs: seeds through the contexts' published services at start-up. It may use every
 * context; no context uses it.
 */
package org.ziyuanku.service.demo;
