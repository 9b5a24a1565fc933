package org.ziyuanku.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.audit.AuditFacts;

/**
 * What an {@link Audited} method tells its record once it knows it: the scope and target it found, a more precise
 * action, a detail for the success, one record per item it acted on, or that it failed without throwing. Outside an
 * audited call these are ignored. The method never writes a record itself: {@link AuditedInterceptor} does when the
 * call ends.
 */
@ApplicationScoped
public class AuditedCall {

    private static final ThreadLocal<Deque<Frame>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<Throwable> RECORDED = new ThreadLocal<>();

    /** Names a more precise action than the annotation's, e.g. one an argument decides. */
    public void action(String action) {
        current().ifPresent(f -> f.action = action);
    }

    /** Names the scope ("library:53") and the target ("resource:7") of the call. */
    public void on(String scope, String target) {
        current().ifPresent(f -> {
            f.scope = scope;
            f.target = target;
        });
    }

    /** Names the target of the call ("unit:12"). */
    public void target(String target) {
        current().ifPresent(f -> f.target = target);
    }

    /** The detail of the success record ("granted", "level 2"). */
    public void detail(String detail) {
        current().ifPresent(f -> f.detail = detail);
    }

    /** One success record for this item, instead of one for the call (several resources deleted, people invited). */
    public void done(String scope, String target, String detail) {
        current().ifPresent(f -> f.items.add(new Item(scope, target, detail)));
    }

    /** The call failed although it returns (a report of bad lines): recorded as FAILURE with this detail. */
    public void failed(String detail) {
        current().ifPresent(f -> f.failure = detail);
    }

    private Optional<Frame> current() {
        return Optional.ofNullable(FRAMES.get().peek());
    }

    Frame open(Audited audited, String scope, String target, Object transaction) {
        Frame frame = new Frame(audited, scope, target, transaction);
        FRAMES.get().push(frame);
        return frame;
    }

    /** The audited call this one runs in, when it shares its transaction; null otherwise. */
    Frame enclosingInSameTransaction(Frame frame) {
        Deque<Frame> frames = FRAMES.get();
        if (frames.peek() != frame || frames.size() < 2 || frame.transaction == null) {
            return null;
        }
        Frame outer = new ArrayList<>(frames).get(1);
        return frame.transaction.equals(outer.transaction) ? outer : null;
    }

    void close(Frame frame) {
        Deque<Frame> frames = FRAMES.get();
        frames.remove(frame);
        if (frames.isEmpty()) {
            FRAMES.remove();
            RECORDED.remove();
        }
    }

    /** Whether an inner audited call recorded this exception (or the one it wraps) already. */
    boolean alreadyRecorded(Throwable e) {
        Throwable recorded = RECORDED.get();
        for (Throwable t = e; t != null && recorded != null; t = t.getCause()) {
            if (t == recorded) {
                return true;
            }
        }
        return false;
    }

    void recorded(Throwable e) {
        RECORDED.set(e);
    }

    /** One item acted on. */
    record Item(String scope, String target, String detail) {
    }

    /** The state of one audited call. */
    static final class Frame {
        final Audited audited;
        final Object transaction;
        final List<Item> items = new ArrayList<>();
        /** Success records of inner audited calls of the same transaction, written with this call's. */
        final List<AuditFacts> pending = new ArrayList<>();
        String action;
        String scope;
        String target;
        String detail;
        String failure;

        Frame(Audited audited, String scope, String target, Object transaction) {
            this.audited = audited;
            this.action = audited.action();
            this.scope = scope;
            this.target = target;
            this.transaction = transaction;
        }
    }
}
