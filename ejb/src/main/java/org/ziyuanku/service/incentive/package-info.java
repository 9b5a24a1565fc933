/**
 * Incentives (用户激励; seed 002 §五.6(7)): points for verified learning time, completed items, accepted answers and
 * approved uploads under the system administrator's rules with daily caps, levels, badges (downloadable as Open
 * Badges 3.0 credentials) and rankings per class, library and school. It observes learning's
 * {@link org.ziyuanku.service.learning.LearningCredited}, teaching's
 * {@link org.ziyuanku.service.teaching.AnswerAccepted} and resource's
 * {@link org.ziyuanku.service.resource.ResourcePublished} inside their transactions; nothing uses it.
 */
package org.ziyuanku.service.incentive;
