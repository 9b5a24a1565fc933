/** The gradebook's repositories: the weights and the grouped reads of scores and posts per class. */
package org.ziyuanku.service.gradebook.internal;
