package org.ziyuanku.service.incentive;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.incentive.PointAction;
import org.ziyuanku.domain.incentive.PointRule;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.incentive.internal.PointLedger;

/**
 * The point rules (积分规则): anyone may read them (learners see how points are earned); the system administrator
 * changes them — points 0–1000, unit seconds 60–86400 for learning time, daily cap 0–100000 (400 otherwise, 409 for
 * a stale version, 404 for an unknown action). Changes and refusals are audited.
 */
@Stateless
@PermitAll
public class PointRuleService {

    @Inject
    private Caller caller;

    @Inject
    private PointLedger ledger;

    /** Every rule. */
    public List<PointRuleView> rules() {
        return ledger.rules().stream().map(PointRuleView::of).toList();
    }

    /** Whether the caller may change the rules (the system administrator); refusal audited when not. */
    @Audited(action = "POINT_RULE_CHANGE", outcomes = AuditOutcome.DENIED)
    public boolean mayChange() {
        caller.require(PlatformRole.SYSTEM_ADMIN);
        return true;
    }

    /** Changes a rule. */
    @Audited(action = "POINT_RULE_CHANGE")
    public PointRuleView change(@AuditTarget("point-rule:") String action, PointRuleCommand command) {
        caller.require(PlatformRole.SYSTEM_ADMIN);
        PointAction named = PointAction.named(action);
        PointRule rule = named == null ? null : ledger.ruleForUpdate(named).orElse(null);
        if (rule == null) {
            throw IncentiveRefusedException.notFound();
        }
        int points = within(command.points(), 0, 1000, IncentiveRefusedException.POINTS);
        Integer unit = named == PointAction.LEARNING_TIME
                ? within(command.unitSeconds(), 60, 86_400, IncentiveRefusedException.UNIT) : null;
        int cap = within(command.dailyCap(), 0, 100_000, IncentiveRefusedException.CAP);
        if (command.version() != null && command.version() != rule.getVersion()) {
            throw new IncentiveRefusedException(IncentiveRefusedException.STALE);
        }
        rule.change(points, unit, cap, caller.accountId(), LocalDateTime.now());
        ledger.flush();
        return PointRuleView.of(rule);
    }

    private static int within(Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw new IncentiveRefusedException(key, String.valueOf(min), String.valueOf(max));
        }
        return value;
    }
}
